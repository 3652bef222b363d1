/**
 * Detection vocabulary for the class A categories (docs/categories.md: whereabouts,
 * communication_content, credit, property). The words are heuristics compiled from the legal
 * examples of each category and common practice, not legal text.
 */
import { loanParts, w } from './words.js';
import type { CategoryVocabularyInput } from './schema.js';
import type { CategoryTraitsTable } from './traits.js';

/**
 * What each category of this file is like (traits.ts): value shape, datable, coded, how it
 * identifies, person-key rank.
 */
export const CLASS_A_TRAITS = {
  whereabouts: { valueShape: 'any', datable: false, coded: false, identifies: 'alone' },
  communication_content: { valueShape: 'text', datable: false, coded: false, identifies: 'no' },
  credit: { valueShape: 'any', datable: true, coded: false, identifies: 'no' },
  property: { valueShape: 'any', datable: true, coded: false, identifies: 'no' },
} as const satisfies CategoryTraitsTable;

export const CLASS_A_VOCABULARY: readonly CategoryVocabularyInput[] = [
  {
    category: 'whereabouts',
    terms: [
      {
        strength: 'strong',
        en: w`trajectory track_points location_track vehicle_track gps_track movement_track whereabouts footprint_track`,
        zh: w`行踪轨迹 轨迹 行踪 行车轨迹 行动轨迹`,
        pinyin: w`xcgj gjxx xzgj`,
      },
      {
        // Past trips and position histories: whereabouts or not is contested.
        strength: 'strong',
        contest: 'historical_location',
        en: w`location_history route_history travel_history trip_history`,
        zh: w`位置记录 定位记录 出行记录 行程记录`,
        pinyin: w`dwjl`,
      },
      {
        // A precise position that directly locates a person is whereabouts, firmly.
        strength: 'medium',
        en: w`
          latitude longitude lat lng lon gps geolocation geo_location coordinates current_location
          last_location real_time_location lat_lng lng_lat gps_location geo_point gps_point
          geo_coordinate
        `,
        zh: w`经度 纬度 经纬度 定位 当前位置 实时位置 定位信息 位置信息 GPS`,
        pinyin: w`jwd dwxx wzxx`,
      },
      {
        // Ride pick-up and drop-off points are past trips: contested.
        strength: 'medium',
        contest: 'historical_location',
        en: w`pickup_location dropoff_location pickup_point dropoff_point`,
      },
      {
        // A trip's or a vehicle's fix and past fixes (`Trip.location`, `Vehicle.past_locations`).
        strength: 'medium',
        contest: 'historical_location',
        owners: w`trip trips ride rides vehicle vehicles waypoint journey 行程`,
        en: w`location locations past_locations`,
      },
      {
        // Network position of a handset: the serving cell and location area place a subscriber.
        strength: 'medium',
        contest: 'historical_location',
        en: w`
          cell_id cell_identity serving_cell ecgi eci ncgi nci cgi lac location_area_code
          tracking_area_code tracking_area_id base_station_id bts_id enodeb_id gnb_id
          pickup_address dropoff_address origin_address destination_address boarding_location
        `,
        zh: w`基站编号 小区标识 位置区 位置区码 跟踪区 上车地点 下车地点 出发地 目的地`,
        pinyin: w`jzbh`,
      },
      {
        // Short network codes only mean a position inside a record that follows someone.
        strength: 'medium',
        contest: 'historical_location',
        owners: w`cdr call sms location attach signaling signalling roaming handover event 话单 信令 位置`,
        en: w`tac ci lac cell`,
      },
      {
        strength: 'strong',
        en: w`route_polyline polyline route_points gps_points track_list path_points trace_points`,
        zh: w`轨迹点 路线轨迹`,
      },
      { strength: 'weak', contest: 'historical_location', qualified: true, en: ['location'], zh: ['位置'] },
      { strength: 'ambiguous', pinyin: ['jd', 'wd'] },
    ],
    negatives: {
      // A count of satellites in view (`GNSS_GPSSats`, `gps_satellites`) says how good a fix is,
      // not where it is. A GPS's speed, heading and source describe the motion or the device, and
      // a commission on GPS devices is money: none is a position (the lexicon: speeds and
      // headings are none). A fix's accuracy (`latlng_accuracy`, `raw_location_accuracy`: a
      // radius in metres) says how good the position is, not where it is.
      en: w`
        file_location storage_location gps_enabled location_type location_code offset cursor
        gps_satellites gnss_satellites satellites satellite_count
        gps_speed gps_direction gps_heading gps_bearing gps_course gps_source gps_deduct
        gps_commission gps_accuracy
        latlng_accuracy location_accuracy position_accuracy coordinate_accuracy horizontal_accuracy
        vertical_accuracy location_sensor
      `,
      zh: w`位置编号 存储位置 文件位置 GPS速度 GPS方向 GPS来源 GPS提成 GPS精度`,
    },
  },
  {
    category: 'communication_content',
    terms: [
      {
        strength: 'medium',
        owners: w`call calls voice cdr 通话`,
        en: w`recording_url recording_file recording_path`,
      },
      {
        strength: 'medium',
        en: w`
          message_body message_content message_text msg_content msg_body msg_text sms_content sms_body sms_text
          chat_content chat_message chat_text chat_history email_body email_content mail_body
          mail_content call_recording voice_message private_message dm_content
        `,
        zh: w`短信内容 聊天内容 聊天记录 邮件正文 邮件内容 通话录音 消息内容 私信内容 私信 留言内容 语音消息 对话内容 会话内容`,
        pinyin: w`dxnr ltnr ltjl yjnr xxnr`,
      },
      {
        // `content` of a chat message or an SMS is the communication itself; a comment or a
        // reply posted under an issue, an article or a review is published, not a communication.
        // A `dialog` in code is a window (`Dialog.warning({ confirmText })`, `DialogProps`): its
        // texts are the interface's; a conversation is a `dialogue`.
        strength: 'medium',
        owners: w`message messages msg chat talk sms mail email im conversation dialogue dialogues inbox letter 聊天 消息 短信 邮件 私信 留言 会话`,
        en: w`
          content body text message_text attachment voice_url audio_url recording subject voice audio
          voice_file audio_file encrypted_message
        `,
        zh: w`内容 正文 文本 用户消息`,
      },
      {
        // What a friend, contact or group request says to the person asked (`ContactApply.remark`
        // // 申请备注, `FriendshipPayload.hello`, `user_apply.msg` // 申请信息; issue 9, session
        // 24): a message to them, as a friend-request greeting is.
        strength: 'medium',
        owners: w`apply friendship invite invitation 好友申请 入群申请 申请 邀请`,
        en: w`hello greeting apply_remark apply_message verify_message`,
        zh: w`申请备注 申请信息 邀请备注 验证信息 验证消息 附言`,
      },
      {
        // A message's `extra` (消息扩展字段: the files, cards, quotes and mentions it carries) is
        // part of the message; a chat room's, a cart's or a column's extra data is not.
        strength: 'medium',
        owners: w`message messages msg talk 消息`,
        en: w`extra`,
      },
      {
        // A group chat's announcement is a message to its members (`Group.Notice` // 群公告); a
        // system's notice (通知公告) is the operator's, not a communication.
        strength: 'medium',
        en: w`group_announcement group_notice`,
        zh: w`群公告`,
      },
    ],
    negatives: { en: ['message_template', 'sms_template'], zh: ['短信模板', '消息模板'] },
  },
  {
    category: 'credit',
    terms: [
      {
        strength: 'medium',
        en: w`credit_line overdue_times overdue_date last_overdue_at last_overdue_date overdue_count`,
        zh: w`授信额度 逾期次数 最近逾期日期`,
      },
      {
        strength: 'strong',
        en: w`
          credit_report credit_history credit_record overdue_record loan_default default_record
          sesame_credit zhima_score dishonest_record
          repayment_history repayment_record repayment_status overdue_count overdue_times
          default_count bankruptcy credit_grade credit_inquiry loan_default_flag
        `,
        zh: w`征信 征信报告 征信信息 信用报告 信用记录 逾期记录 失信记录 芝麻分 失信被执行人`,
        pinyin: w`zxbg yqjl zxxx xyjl`,
      },
      {
        strength: 'medium',
        en: w`
          credit_score credit_rating credit_level credit_limit overdue_days overdue_amount
          credit_class credit_grade_code overdue_periods overdue_period max_overdue_periods
          max_overdue_days loan_classification five_level_class risk_classification inquiry_count
          credit_inquiry_count
        `,
        zh: w`信用评分 信用分 信用等级 信用额度 逾期天数 逾期金额 逾期期数 五级分类 贷款分类 征信查询次数 信用类别`,
        pinyin: ['xypf', 'xydj'],
      },
      {
        // A loan's parts the borrower failed to pay (`principalOverdue`, `interestWrittenOff`,
        // `pastDueInstalments`; issue 9, session 23): arrears and write-offs are their credit
        // record, as overdue amounts are.
        strength: 'medium',
        en: loanParts(
          w`principal interest penalty penalty_charges fee_charges installment instalment installments instalments`,
          w`overdue written_off`,
          w`overdue past_due`,
        ),
      },
      {
        // Inside a credit report, counts and periods are the report's content.
        strength: 'medium',
        owners: w`credit report inquiry 征信 信用报告`,
        en: w`query_count inquiry_count overdue_count max_overdue account_count score raw_report report_data report_content`,
        zh: w`查询次数 逾期次数 账户数`,
      },
    ],
  },
  {
    category: 'property',
    terms: [
      {
        // Payroll deductions and benefits, and the codes that route money to a person's bank
        // account: each says what a person earns or where their money is.
        strength: 'medium',
        en: w`
          masked_pan before_salary after_salary salary_before
          salary_after monthly_income net_income
        `,
        zh: w`社保扣款 公积金扣款 个税扣款 其他扣款 扣款 公司福利 福利 调前薪资 调后薪资 实际薪资 当月薪资 月收入 月薪`,
      },
      {
        // A person's social-insurance (五险) contribution in a payroll or social-security archive:
        // the base and the individual's and the employer's share paid in their name. Strong, so
        // that the insurance kind (医疗, 生育: medical, maternity) is read as money paid for the
        // person, not as their health.
        strength: 'strong',
        zh: w`
          社保基数 社保个人 社保企业 社保合计 养老个人 养老企业 医疗个人 医疗企业 失业个人 失业企业
          工伤个人 工伤企业 生育个人 生育企业 大病个人 大病企业
        `,
        // The same contributions named in English after the insured risk (`industrialInjuryEnterprise`,
        // `personalBaseOfSeriousIllness`, `industrialInjuryRatio`): the risk with the employer's or
        // the individual's share, the base or the rate is the scheme's money, not an injury or an
        // illness of the person.
        en: w`
          injury_enterprise injury_enterprises injury_personal injury_individual injury_base
          injury_ratio injury_proportion base_of_industrial_injury proportion_of_industrial_injury
          disease_enterprise disease_enterprises disease_personal disease_individual
          person_of_great_disease person_of_serious_illness illness_enterprise illness_enterprises
          illness_personal illness_individual base_of_serious_illness proportion_of_serious_illness
          serious_illness_base serious_illness_ratio serious_illness_proportion
          maternity_enterprise maternity_personal maternity_base maternity_ratio
        `,
      },
      {
        // What a payslip or payroll run pays one employee: its components are their income.
        strength: 'medium',
        owners: w`payroll payslip payslips salary salaries wage wages compensation remuneration 工资 薪资 薪酬`,
        en: w`
          basic basic_pay gross net gross_salary net_salary gross_amount net_amount deduction
          deductions total_deduction total_deductions allowance allowances total_allowance hra pf
          esi income_tax tax_amount overtime overtime_amount incentive incentives reimbursement
          ctc payable total_pay amount
        `,
      },
      {
        // A salary row in pinyin initials: 津贴 (jt), 补贴 (bt), 医保 (yb), 公积金 (gjj), 其他 (qt),
        // and its total (stotal), each a part of one person's pay.
        strength: 'medium',
        owners: w`payroll payslip salary salaries wage wages 工资 薪资 薪酬`,
        en: w`jt bt yb gjj qt stotal`,
      },
      {
        // An insurance policy a person holds is their asset: its number says which policy is
        // theirs (保单号; issue 9, branch `det-fresh-jvm`).
        strength: 'medium',
        en: w`policy_number policy_no policy_num insurance_policy_number insurance_policy_no`,
        zh: w`保单号 保单号码 保单编号`,
      },
      {
        // What the holder pays for that policy and what it insures them for (issue 9, branch
        // `det-work2`): a premium in a policy's record. An insurance product's or plan's premium
        // is the insurer's price list: with `insurance` among the owners, validation property
        // false alarms went from 17 to 33.
        strength: 'medium',
        owners: w`policy policies 保单`,
        en: w`premium premium_amount total_premium total_premium_amount sum_insured insured_amount`,
        zh: w`保费 保险费 保额 保险金额`,
      },
      {
        // An employee's cost to company and hourly or annual rate are their pay, in their record,
        // a job assignment or a compensation record.
        strength: 'medium',
        owners: w`
          employee staff worker contract employment contractor freelancer assignment compensation
          compensations wage wages 员工 职工 合同
        `,
        en: w`ctc salary_hour hourly_rate hourly_wage daily_wage pay_rate wage_rate annual_rate`,
      },
      {
        // A compensation's `rate` is the amount paid per unit of work.
        strength: 'medium',
        owners: w`compensation compensations`,
        en: w`rate`,
      },
      {
        // The last digits of a card are a (partly masked) card number.
        strength: 'medium',
        contest: 'bare_bank_card',
        en: w`card_last card_last_four card_last_digits card_tail last_four_digits`,
        zh: w`卡号后四位 卡尾号`,
      },

      {
        // Accounts money is paid from or into: 扣款账号 (debited), 发放账号 (benefits paid in).
        strength: 'medium',
        zh: w`扣款账号 扣款账户 发放账号 代发账号 还款账号 养老金 养老金金额 退休金`,
        en: w`debit_account repayment_account payout_account pension pension_amount`,
      },
      {
        // An account held at a bank (开户行及账号 on an invoice title; 账号 in a bank-card record
        // beside its 开户行): the bank account, not a login. Elsewhere 账号 is the login.
        strength: 'strong',
        contest: 'bare_bank_card',
        owners: w`bank bank_card 银行 银行卡 开户行`,
        zh: w`账号 帐号 开户行及账号 开户银行及账号`,
      },
      {
        // Whether a bare card number is property information is contested (§9.2).
        strength: 'strong',
        contest: 'bare_bank_card',
        en: w`
          bank_card_no bank_card_number bank_card bank_account bank_account_no bank_account_number
          credit_card_no credit_card_number credit_card debit_card debit_card_no iban
        `,
        zh: w`银行卡号 银行卡 银行账号 银行账户 信用卡号 借记卡号 储蓄卡号 收款账号 银行帐号`,
        pinyin: w`yhkh yhzh xykh skzh`,
      },
      {
        strength: 'medium',
        contest: 'bare_bank_card',
        en: w`card_no card_number card_num`,
        zh: ['卡号'],
      },
      {
        strength: 'medium',
        en: w`
          account_balance securities_account stock_account fund_account
          salary annual_income
          monthly_income income total_assets net_worth personal_assets stock_holding shareholding
          savings wallet_balance opening_bank wage
          base_salary basic_salary monthly_salary annual_salary bonus total_asset net_asset
          net_assets available_cash cash_balance available_funds fund_balance market_value
          holding_value position_value total_debt total_liabilities debt_amount loan_amount
          loan_balance mortgage_amount shareholder_code shareholder_account shareholder_no
          stock_holdings holdings_value loyalty_points points_balance point_balance
          overtime_pay net_pay gross_pay take_home_pay payable_salary housing_fund provident_fund
          trade_account trading_account brokerage brokerage_price brokerage_amount commission_income
          balance_money balance_amount running_balance membership_points membership_point
          member_points member_point lifetime_points
        `,
        zh: w`
          余额 账户余额 存款 证券账户 股票账户 基金账户 股东账户 持股 持仓 收入 月收入 年收入 工资 薪资
          薪水 个人资产 资产 开户行 开户银行 车产 理财 总资产 净资产 可用资金 持仓市值 负债 总负债 贷款余额
          股东代码 股东账号 股东卡号 抵押 抵押标记 积分 会员积分 基本工资 月薪 年薪
          加班费 实发工资 应发工资 住房公积金 公积金 交易账户 资金账户 积分数量 积分总数量 积分总数 积分余额
          剩余积分 可用积分 总积分
        `,
        pinyin: w`khh zqzh gpzh jjzh ysr gddm dybj`,
      },
      {
        // Real estate and homeowners: A, B or C in the courts.
        strength: 'medium',
        contest: 'real_estate_owner',
        en: w`
          real_estate property_cert_no house_cert_no house_property property_certificate house_owner
          property_owner real_estate_cert_no house_location house_address_cert
        `,
        zh: w`房产 房产信息 房产证号 不动产 不动产权证号 产权证号 房屋产权 业主 房主 产权人 房屋坐落 不动产坐落`,
        pinyin: w`fcxx fczh bdcqzh fwzl`,
      },
      { strength: 'weak', qualified: true, en: w`balance deposit assets` },
      // A bank or securities account number: property inside an account or card record.
      { strength: 'weak', contest: 'bare_bank_card', en: w`account_no account_number acct_no` },
      {
        strength: 'medium',
        contest: 'bare_bank_card',
        owners: w`bank account card fund securities wallet payment 银行 账户 银行卡`,
        en: w`account_no account_number acct_no card_holder_account`,
        zh: w`账户号`,
      },
      {
        // A card's number under the card industry's names: the primary account number (`pan`)
        // and a gift card's account number (`gan`). Elsewhere `pan` is a camera's or a tax
        // number's (India's PAN card).
        strength: 'medium',
        contest: 'bare_bank_card',
        owners: w`card cards credit_card debit_card gift_card payment 银行卡`,
        en: w`pan primary_account_number gan`,
      },
      {
        strength: 'medium',
        owners: w`securities stock holding holdings portfolio position positions fund broker subscribe redeem redemption 证券 股票 持仓 基金 股东 申购 赎回`,
        en: w`position positions shares quantity cost_price market_value holding_amount profit_loss pnl float_pnl floating_pnl unrealized_pnl holder_account confirmed_shares`,
        zh: w`持股数量 持仓数量 成本价 盈亏`,
      },
      {
        strength: 'medium',
        owners: w`loan credit borrower debt mortgage 贷款 借款 借贷`,
        en: w`loan_amount loan_balance debt outstanding_amount principal monthly_payment`,
        zh: w`贷款金额 借款金额 剩余本金 月供`,
      },
      {
        strength: 'medium',
        owners: w`account wallet card bank fund securities asset deposit 账户 钱包 银行卡 资产`,
        en: w`
          balance available_balance frozen_amount frozen_balance holding holdings market_value available frozen
          freeze freeze_amount freeze_balance freeze_money
        `,
        zh: w`可用余额 冻结金额 市值`,
      },
      {
        // A house or flat someone owns or buys: its size and unit are the property itself.
        strength: 'medium',
        owners: w`house estate realestate property buyer purchase mortgage 房屋 房产 不动产 购房 业主 楼盘`,
        en: w`building_area floor_area gross_area usable_area room_no unit_no house_no`,
        zh: w`建筑面积 套内面积 使用面积 房号 单元号 户型`,
        pinyin: w`jzmj tnmj fh`,
      },
      {
        // A loan's parts as they stand for the borrower (`principalDue`, `interestOutstanding`,
        // `feeChargesWaived`, `outstanding_principal`; issue 9, session 23): what they owe, were
        // lent, were charged or were spared on their loan, and the interest a saver earned. A
        // part named alone (`principal`, a login's security principal) or with a rate
        // (`interest_rate`, a product's) says no one's standing.
        strength: 'medium',
        en: loanParts(
          w`principal interest penalty penalty_charges fee_charges installment instalment`,
          w`due outstanding original_due disbursed waived charged accrued earned posted not_posted`,
          w`outstanding accrued disbursed`,
        ),
      },
      {
        // A loan contract is the borrower's debt.
        strength: 'medium',
        owners: w`loan credit mortgage borrower 贷款 借款`,
        en: w`contract_no loan_no loan_account_no`,
        zh: w`合同编号 贷款合同号 借据号`,
      },
      { strength: 'ambiguous', pinyin: w`ye ck sr` },
    ],
    negatives: {
      // A job position's name, level and code describe the post, not a holding.
      en: w`
        load_balance load_balancer card_type card_style card_title card_layout card_width
        position_name position_level position_code position_title position_id gan_source
        freeze_time freeze_date freeze_reason freeze_status freeze_state freeze_flag
        frozen_time frozen_date frozen_reason frozen_status
      `,
      // Points spent on an order or moved by one log entry are the change, not the balance held.
      // An account's region or branch code (账号地区ID) is where it was opened, not the account.
      zh: ['卡片', '余额不足提示', '使用积分', '操作积分', '抵扣积分', '赠送积分', '账号地区'],
    },
  },
];
