/**
 * Context words: who owns a field, which modifiers keep a generic word personal, and which
 * neighbours turn it into metadata (`emailEnabled`, `phoneModel`). Negative vocabulary matters
 * as much as positive: most false alarms come from these shapes.
 */
import { w } from './words.js';
import type { DetectionContext } from './schema.js';

export const DETECTION_CONTEXT: DetectionContext = {
  personOwners: {
    en: w`
      user customer member patient employee staff guest passenger person people citizen resident
      student child children kid pupil applicant candidate buyer consumer subscriber driver rider
      visitor worker teacher doctor nurse player friend parent guardian spouse profile personal
      individual borrower debtor insured policyholder traveler traveller attendee participant
      volunteer recipient receiver sender consignee owner holder contact emergency householder
      landlord lessee account personnel human ry yh hy kh hz xs yg courier
      deliveryman postman registration register signup enrollment enrolment author maintainer
      contributor committer reviewer resident victim suspect defendant insurant beneficiary cust
      manager director principal supervisor login signin logon lodger investor shareholder
      donor donee giver inmate prisoner offender convict parolee plaintiff claimant litigant
      renter homeowner jobseeker interviewee trainee intern apprentice athlete coach
      trainer instructor tutor learner gamer streamer follower pharmacist physician therapist
      caregiver lawyer attorney judge prosecutor witness signer signee addressee pensioner
      retiree believer parishioner congregant worshipper assignee uploader actor creditor
      obligor obligee insuree sick guarantor commenter inviter invitee requester requestor referrer
      practitioner collaborator speaker bride groom elder
      dependent dependant relative sibling husband wife heir orphan veteran occupant inhabitant
      cosigner signatory freelancer professor lecturer researcher alumnus alumni graduate enrollee
      respondent examinee testee prospect patron
    `,
    zh: w`
      用户 会员 患者 病人 客户 顾客 员工 职工 人员 学生 乘客 旅客 住客 宾客 居民 公民 个人 本人 家属 业主 司机 骑手 买家 收件人 寄件人 申请人 借款人 持卡人 投保人
      被保险人 学员 儿童 职员 教师 医生 联系人 租客 房东 访客 住户 驾驶人 当事人 嫌疑人 被告人 受害人 监护人 家长 未成年人
      人口 承租人 出租人 所有人 法定代表人 法人代表 法人 车主 购房人 买受人 股东 投资者 账户
      律师 法官 教练 药师 药剂师 医师 护士 罪犯 服刑人员 犯罪嫌疑人 被告 原告 捐赠人 捐款人 受助人
      求职者 应聘者 候选人 快递员 配送员 外卖员 参保人 被保人 受益人 退休人员 玩家 签收人
      信徒 教友 考生 新娘 新郎 丈夫 妻子 老人
      经理 店长 主任 负责人 经纪人 置业顾问 客户经理
    `,
  },
  nonPersonOwners: {
    en: w`
      company corp corporation enterprise organization organisation org store shop merchant vendor
      supplier manufacturer brand product item sku goods commodity server host service system sys app
      application api client database db datasource redis mysql postgres mongo mongodb smtp ftp
      ssh proxy gateway cluster node bucket repo repository project file dir directory folder path
      template notification notice announcement config configuration setting settings branch
      department dept hospital clinic hotel restaurant warehouse site website platform channel
      agency institution government machine computer vm container pod queue topic package module library
      lib class column field schema memory macro pointer buffer image kafka rabbitmq
      ldap keystore truststore cert certificate key jwt oauth root master instance region zone
      bucket cdn oss s3 aws git github docker registry webhook endpoint socket network router team
      factory plant build commit finding content hash checksum document doc article post
      category tag menu page widget component element window screen canvas font line row cell
      station depot outlet venue facility terminal airport ward community city district school
      university college kindergarten
      dict dictionary catalog catalogue lookup probe sensor collector router firewall inventory
      campaign court courtroom insurer fleet parish church charity foundation hub permission robot bot
      permissions role menu route resource button
      plugin plugins attachment attachments descriptor
      definition
    `,
    zh: w`
      公司 企业 门店 商户 商家 店铺 商品 产品 服务器 系统 机构 供应商 厂商 厂家 银行 医院 酒店 学校 仓库 平台 网点 组织 部门 单位 项目 站点 文件 模板 网站 接口 客服
      商城 店 工厂 主机 数据库 应用 渠道 字典 药品 物料 库存 基站 配置 参数 小区 物业 楼盘 楼宇
      法院 检察院 保险公司 教会 基金会 车队 车站 护士站 站台
    `,
  },
  metaOwners: w`
    rules rule validator validators validation messages labels placeholders errors columns
    translations i18n ui theme style styles layout mask masks patterns regex regexes formatters
    format formats hints tooltips locales headers titles annotations
  `,
  minorOwners: {
    en: w`student child children kid kids pupil minor infant toddler kindergarten`,
    zh: w`学生 儿童 未成年人 幼儿 小学生 中学生 学籍 婴儿 少儿`,
  },
  personalModifiers: w`
    home current last latest real actual precise exact gps live permanent mailing shipping billing
    delivery residential residence postal emergency primary secondary work office personal private
    full first middle given family legal display true birth native original new old previous
    default detail detailed street my his her their your chinese english pinyin login register
    registration remote request source user main contact nick alt alternate other spouse father
    mother encrypted hashed masked raw plain cipher current left right thumb index finger body
    standing sitting
  `,
  metaSuffixes: w`
    enabled enable disabled disable flag verified verify validated valid validator validation
    template tpl format formatter pattern regex regexp rule rules policy mask placeholder label
    hint tip tooltip count length len max min limit size type kind category status visible
    visibility hidden required optional editable readonly field column key config setting settings
    option options mode model brand version manufacturer os locale prefix suffix code id index idx
    ref url link uri path changed updated modified error errors err msg sort filter query col
    width color style class icon btn button input dialog modal view page tab panel dom el widget
    component popup picker selector select checkbox form handler listener callback fn func service
    api util utils helper provider repository dao mapper controller module schema exists unique
    server host port protocol subject sender notification notify domain provider space bar switch
    toggle checked allowed supported support only first cache ttl expire expires expiry timeout
    retry strength reset policy digits precision scale unit units verification login signin auth
    validity
    confirmed confirm consent subscribed subscription notifications
    whitelist blacklist allowlist denylist regexes ids obj object uuid guid algorithm alg
  `,
  verbPrefixes: w`
    get set unset validate check format parse send resend fetch load save update delete remove create add build
    make render show hide edit handle on to normalize sanitize encrypt decrypt encode decode
    compare verify process convert generate gen find query search select insert upsert sync copy
    clear init log print mock fake random test assert expect use with apply bind change input
    enter submit reset forgot toggle fill extract split mask filter sort count calc calculate
    compute lookup resolve detect guess strip trim
  `,
  booleanPrefixes: w`
    is has can should need needs allow allows enable require requires show hide use must did was
    will
  `,
  // `patient_id`, `cust_no`, `passengerId`: an identifier of a person record (online_id, low).
  personIdSuffixes: w`id no uuid guid`,
  // `patient_id`, 患者编号: a patient's number says the person is a patient (health, low).
  healthRecordOwners: { en: w`patient sick`, zh: w`患者 病人` },
  abbreviations: {
    acct: 'account',
    acc: 'account',
    txn: 'transaction',
    trx: 'transaction',
    tran: 'transaction',
    amt: 'amount',
    bal: 'balance',
    avail: 'available',
    cust: 'customer',
    addr: 'address',
    mob: 'mobile',
    mbl: 'mobile',
    nbr: 'number',
    num: 'number',
    cert: 'certificate',
    ctf: 'certificate',
    emp: 'employee',
    empl: 'employee',
    msg: 'message',
    img: 'image',
    pic: 'picture',
    qty: 'quantity',
    cpty: 'counterparty',
    cntpty: 'counterparty',
    pwd: 'password',
    passwd: 'password',
    // HIS tables abbreviate it further (`uPswd`, `mcPawd`).
    pswd: 'password',
    // `ptName`, `ptAge` in hospital tables: the standard clinical abbreviation of patient.
    pt: 'patient',
    pawd: 'password',
    usr: 'user',
    mbr: 'member',
    stu: 'student',
    edu: 'education',
    org: 'organization',
    // British spellings read as the American ones the vocabulary uses.
    licence: 'license',
    licences: 'licenses',
    corp: 'company',
    dept: 'department',
    biz: 'business',
    stk: 'stock',
    // `svrIp`, `GPSSats`: a server's and a satellite's short forms in Kotlin and protocol code,
    // so the server's address reads as a machine's, not a person's. (`srv` is as often a service.)
    svr: 'server',
    sats: 'satellites',
  },
  metaSuffixesZh: w`所属 格式 类型 状态 长度 数量 个数 次数 开关 校验 规则 是否 提示 图标 样式 配置 字段 编码 代码 修改 版本 模板 ID Id id`,
  ownerSuffixes: w`
    info information entity entities dto vo po bo dao bean model models viewmodel view vm request
    req response resp form data detail details record records table tbl tb t list ext
    snapshot summary payload input output dtos vos settings preferences prefs param params
    query cmd command body args reply rsp res result webhook schema document impl row rows
  `,
  recordOwners: w`
    booking reservation order contract loan journal transaction txn trade payment stay visit trip
    ride consultation appointment claim policy application subscription checkin session ticket
    shipment complaint feedback event log history bill invoice refund recharge lease tenancy
    rental admission encounter waybill parcel donation transfer remittance withdrawal invite
    invitation
  `,
  personRoles: w`client counterparty representative payee payer agent beneficiary seller leader`,
  placeOwners: w`
    house building estate community station base tower poi store shop hotel restaurant hospital
    school warehouse site venue facility city district region province area zone airport outlet
    depot branch campus office apartment room premises merchant company organization landmark
    cell parking lot hub
  `,
  trackingOwners: w`
    location locations track tracks trajectory trace gps position positioning whereabouts
    attach signaling signalling roaming handover movement footprint checkpoint
  `,
  trackingOwnersZh: w`轨迹 定位 位置 信令 漫游 行程 行踪`,
  partyRoles: w`sender receiver recipient caller callee calling called from to peer originating terminating`,
  communicationOwners: w`call calls cdr sms mms message messages msg chat conversation voice im`,
  // `找回密码接口请求参数`: the parameters a request or response carries are the data it passes,
  // not a settings record (参数 alone, as in 参数配置, still is one).
  carrierOwnersZh: w`系统 接口 平台 应用 数据库 模块 中心 渠道 请求参数 响应参数 返回参数 接口参数 入参 出参`,
  // A comment saying the field sorts rows (`OrderNo` described as 排序) or names who created or
  // changed the row (an audit column, none by the lexicon's rulings) overrules the name's words.
  negativeTermsZh: w`排序 创建者姓名 修改者姓名 更新者姓名 创建人姓名 修改人姓名 更新人姓名`,
  negativeCompounds: w`
    memory_address macro_address email_template phone_model name_space namespace file_name
    filename product_name email_enabled host_name hostname class_name type_name table_name
    column_name field_name display_name_key user_agent mobile_app load_balance line_height
    font_weight font_family key_fingerprint phone_verified email_verified
    ip_whitelist max_age password_policy server_address base_address wallet_address
    contract_address bind_address listen_address url_address app_name app_id app_secret
    client_secret client_id api_key secret_key access_key private_key public_key signing_key
    face_id_enabled address_space address_bar node_name bucket_name service_name domain_name
    brand_name store_name shop_name company_address store_phone company_phone service_phone
    hotline support_email sender_email from_email reply_to no_reply noreply admin_email
    webmaster_email mail_from smtp_user db_password db_user database_password redis_password
    root_password smtp_password mail_password ftp_password proxy_password keystore_password
    truststore_password company_account merchant_account business_account corporate_account
    company_tel company_telephone company_fax company_email store_tel store_fax shop_tel shop_phone
  `,
  // Dataset header sniffing: a first-row cell naming one of these is a column label.
  headerLabels: {
    en: w`
      id no seq index name type date time datetime timestamp amount price qty quantity status city
      province region district code note notes remark remarks comment description category count
      total value address age title label key
    `,
    zh: w`
      序号 编号 名称 城市 省份 省 市 区 县 地区 区县 地址 金额 日期 时间 备注 状态 类型 数量 单价 价格
      总价 合计 小计 部门 单位 公司 学校 账户 订单 商品 客户 用户 来源 渠道 描述 说明 标题 内容 代码 等级
      分数 年份 月份 季度 微信 邮编 网址 链接
    `,
  },
  headerLabelEndingsZh: w`
    号码 编号 名称 日期 时间 金额 数量 类型 状态 地址 电话 代码 人数 比例 单价 总价 价格 备注 说明 描述
    标识 等级 次数
  `,
  // Word sets of the field analysis (detect/analyze.ts); each is explained in the schema.
  phrasalParticles: w`in out`,
  fileLocators: w`url uri link path`,
  photoWords: w`photo image picture pic img scan copy`,
  limitWords: w`max min maximum minimum`,
  directionWords: w`to from`,
  codeWordsZh: w`编码 代码`,
  // Whose data an English description names (detect/analyze.ts, `englishOwner`).
  englishDeterminers: w`the a an this that each your its their`,
  englishPhraseEnds: w`who whom which that in on at to for with by from as if when is was and or`,
  // Lists a response, a page or a connection wraps (detect/choose.ts, `typeReading`).
  containerNames: w`data items item nodes node edges results result records rows list entries content elements values payload`,
  // Last words of a connection's fields (scan/classifyCandidates.ts, `connectionRecords`).
  connectionFields: w`host hostname port server endpoint url uri smtp imap dsn database protocol tls ssl`,
  // Names of the name a person logs in with, written together (scan/classifyCandidates.ts).
  loginNames: w`username loginname loginid logonname signinname accountname useraccount`,
};
