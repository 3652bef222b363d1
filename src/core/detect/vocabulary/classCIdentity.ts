/**
 * Detection vocabulary for the class C identity categories: ID numbers, names, contact details,
 * addresses, household registration and credentials (docs/categories.md). Heuristics,
 * not legal text.
 */
import { w } from './words.js';
import type { CategoryVocabularyInput } from './schema.js';
import type { CategoryTraitsTable } from './traits.js';

/**
 * What each category of this file is like (traits.ts): value shape, datable, coded, how it
 * identifies, person-key rank.
 */
export const CLASS_C_IDENTITY_TRAITS = {
  id_number: {
    valueShape: 'text',
    datable: false,
    coded: false,
    identifies: 'record',
    personKey: { rank: 2, bestKind: 'resident_id' },
  },
  id_card_image: { valueShape: 'any', datable: true, coded: false, identifies: 'no' },
  name: { valueShape: 'text', datable: false, coded: false, identifies: 'record' },
  contact: {
    valueShape: 'any',
    datable: false,
    coded: false,
    identifies: 'record',
    personKey: { rank: 1, bestKind: 'mobile' },
  },
  address: { valueShape: 'text', datable: false, coded: false, identifies: 'alone' },
  household_registration: { valueShape: 'text', datable: true, coded: true, identifies: 'alone' },
  credential: { valueShape: 'any', datable: false, coded: false, identifies: 'alone' },
} as const satisfies CategoryTraitsTable;

export const CLASS_C_IDENTITY_VOCABULARY: readonly CategoryVocabularyInput[] = [
  {
    category: 'id_number',
    inherentlyPersonal: true,
    terms: [
      { strength: 'strong', zh: w`社会保障卡号 社会保障卡 社保卡` },
      {
        // A traveller's or guest's document is an identity document (passport, ID card, permit).
        strength: 'medium',
        owners: w`guest passenger traveler traveller lodger visitor applicant checkin 旅客 住客 乘客 访客`,
        en: w`document_no document_number document_num travel_document_no`,
      },
      {
        // Resident ID numbers: class B or C after Guiding Case 193.
        strength: 'strong',
        contest: 'resident_id_info',
        en: w`
          id_card id_card_no id_card_number id_card_num identity_card identity_card_no identity_no
          identity_number national_id national_id_no citizen_id resident_id resident_id_no
          identity_card_number
        `,
        zh: w`身份证 身份证号 身份证号码 公民身份号码`,
        pinyin: w`sfzh sfzhm gmsfhm sfz sfzjhm shenfenzheng zjhm_sfz`,
      },
      {
        strength: 'strong',
        en: w`
          passport_no passport_number passport_num driver_license_no driving_license_no
          drivers_license driver_license driving_license social_security_no social_security_number
          ssn residence_permit_no military_id hk_macau_pass taiwan_pass home_return_permit
        `,
        zh: w`
          证件号 证件号码 护照号 护照号码 驾驶证号 驾照号 社保卡号 社会保障号 社会保障号码 居住证号 港澳通行证 台胞证 回乡证
          军官证
        `,
        pinyin: w`hzh hzhm jszh sbkh jzzh`,
      },
      {
        strength: 'medium',
        en: w`
          id_no id_number id_num cert_no cert_num cert_number certificate_no certificate_number
          passport license_no
        `,
        pinyin: ['zjh'],
      },
      // The reference lists the document type with the number (§9.2): it says which ID a record carries.
      {
        strength: 'low',
        en: w`cert_type certificate_type id_type id_card_type`,
        zh: ['证件类型'],
        pinyin: ['zjlx'],
      },
      // A person's taxpayer number (a company's is not: a person's record only). Not `tax_id` or
      // `tax_number`: on a customer's or a client's record they are as often a business's VAT
      // number (with them, held-out 1 and 5 each gained a false alarm).
      {
        strength: 'weak',
        en: w`taxpayer_id taxpayer_no taxpayer_number tax_identification_number`,
        zh: w`纳税人识别号`,
      },
      { strength: 'ambiguous', pinyin: ['zjhm'] },
      // `ss` (US forms: SS#): only a person's record or a comment settles it.
      { strength: 'ambiguous', en: ['ss'] },
    ],
    negatives: { en: ['id_card_type_name'], zh: [] },
  },
  {
    category: 'id_card_image',
    inherentlyPersonal: true,
    terms: [
      {
        strength: 'strong',
        en: w`id_photo id_card_photo id_card_front id_card_back id_card_image id_front_image id_back_image`,
        zh: w`身份证照片 身份证正面 身份证反面 身份证复印件 身份证图片 身份证影像 证件照`,
        pinyin: w`sfzzp sfzzm sfzfm`,
      },
    ],
  },
  {
    category: 'name',
    terms: [
      {
        // The EU digital COVID certificate's name object (`gn`, `fn`: given and family name;
        // `gnt`, `fnt`: their standardised transliterations), only inside a record of a name.
        strength: 'medium',
        owners: w`name names`,
        en: w`gn fn gnt fnt`,
      },
      {
        strength: 'strong',
        en: w`
          real_name full_name first_name last_name given_name family_name surname middle_name
          legal_name true_name person_name customer_name patient_name member_name employee_name
          staff_name student_name passenger_name contact_name contact_person emergency_contact
          emergency_contact_name card_holder cardholder account_holder account_holder_name
          spouse_name father_name mother_name chinese_name pinyin_name receiver_name
          recipient_name consignee_name sender_name courier_name legal_representative
          legal_rep_name former_name used_name alias_name previous_name name_on_card
          name_on_account
        `,
        zh: w`
          姓名 真实姓名 名字 姓氏 联系人 联系人姓名 客户姓名 用户姓名 持卡人 户名 紧急联系人 配偶姓名 父亲姓名 母亲姓名 患者姓名 法人姓名 本人姓名 收货人 收件人 寄件人
          收货人姓名 收件人姓名 法定代表人 法人代表 曾用名 别名 所有人 机动车所有人 经办人 置业顾问 客户经理 业务员
        `,
        pinyin: w`shr sjr zsxm xingming khxm lxrxm hzxm poxm xingshi cym fddbr`,
      },
      {
        // The name a bank account or card is held in (开户名, 账户名 of a bank card, a withdrawal
        // or a refund to a bank; issue 9, session 24): the holder's name. Elsewhere 账户名 is the
        // name a person logs in with.
        strength: 'medium',
        owners: w`bank bank_card card withdraw withdrawal tocash cashout refund 银行 银行卡 提现 退款`,
        zh: w`开户名 银行开户名`,
      },
      {
        // `xm` is also 项目 (project), `lxr` rarely anything else: medium until a comment confirms.
        strength: 'medium',
        pinyin: ['xm', 'lxr', 'syr'],
      },
      { strength: 'weak', qualified: true, en: w`name fullname english_name` },
      // Short forms of US and EHR schemas; `fname` is as often a file's name.
      { strength: 'medium', en: w`lname mname maiden_name mothers_maiden_name mother_maiden_name` },
      { strength: 'low', en: w`fname` },
      { strength: 'medium', en: ['display_name'] },
      // A person's initials and the parts of a name forms ask for apart (`middle_initial`, a
      // name's suffix such as Jr.); Brazil's civil and social names.
      { strength: 'medium', en: w`middle_initial name_suffix civil_name social_name` },
      // A name's suffix (Jr., III) in a person's record (`Patient.suffix`); a file's is not.
      { strength: 'weak', en: w`initials suffix` },
      // Chinese teams' English for 联系人 and 法人 (`contactor`, `legal_person`).
      { strength: 'medium', en: w`contactor contact_man legal_person` },
    ],
    negatives: {
      en: w`
        name_space namespace file_name filename product_name host_name hostname class_name
        table_name column_name field_name company_name store_name shop_name bucket_name
        display_name_key name_key type_name app_name service_name brand_name domain_name
      `,
      zh: w`文件名 商品名 产品名 公司名 店名 主机名`,
    },
  },
  {
    category: 'contact',
    terms: [
      {
        strength: 'strong',
        en: w`
          mobile_no mobile_number mobile_phone phone_no phone_number phone_num telephone
          telephone_no telephone_number tel_no cellphone cell_phone cellphone_no email_address e_mail wechat_id
          wechat_no wechat_account weixin_id qq_no qq_number contact_phone contact_number
          contact_email contact_info contact_details personal_email home_phone work_phone
          mobile_tel whatsapp whatsapp_number skype_id telegram_id msisdn mdn
          phone_cell phone_home phone_work phone_mobile phone_biz phone_contact
          sms_number sms_phone sms_reminder_number reminder_phone reminder_number callback_number
          call_back_number number_to_call phone_to_call notify_phone notify_mobile
          notification_phone alert_phone text_number
        `,
        zh: w`
          手机号 手机号码 电话号码 联系电话 联系方式 邮箱 电子邮箱 电子邮件 微信号 手机 座机 固定电话 移动电话 QQ号 QQ号码 邮箱地址 邮件地址 E-mail 联系人电话
          联系号码 电话
        `,
        pinyin: w`sjhm sjh lxdh dzyx wxh lxfs shouji shoujihao dianhua youxiang yddh gddh qqh lxhm`,
      },
      {
        strength: 'medium',
        en: w`mobile phone tel email mail_address wechat weixin qq fax phones emails`,
      },
      { strength: 'weak', en: ['contact', 'mail'], zh: ['微信'] },
      {
        // An e-mail record's recipients (`QueuedMail.to`, `cc`, `bcc`).
        strength: 'medium',
        owners: w`mail email mails emails 邮件`,
        en: w`to cc bcc`,
      },
      { strength: 'ambiguous', pinyin: ['dh', 'yx'] },
    ],
    negatives: {
      en: w`
        phone_model phone_brand mobile_app mobile_web mobile_view mobile_layout mobile_menu
        mobile_version email_template email_subject email_enabled email_verified mail_server
        mail_host mail_port mail_protocol phone_verified email_notification mobile_breakpoint
        email_provider email_domain email_sender email_from wechat_merchant wechat_mch
        phone_prefix mobile_prefix
      `,
      // A phone prefix (`PhonePrefix` // 手机前缀: the country's dialling code, +86) is shared by a
      // country's numbers, not a way to reach the person.
      // A WeChat Pay merchant (微信商户号, `wechatMerchantNo`) is a business's account on the platform.
      zh: w`手机型号 手机品牌 邮件模板 邮件主题 邮箱验证 客服电话 服务电话 热线电话 客服热线 门店电话 公司电话 企业邮箱 微信支付 微信返回 微信分配 微信批次 微信为 微信侧 微信商家 微信商户 微信明细 微信生成 微信头像 手机前缀`,
    },
  },
  {
    category: 'address',
    terms: [
      {
        // The parts of an address record (`Address.zip_code`, `person_address.township`,
        // `ShippingAddress.city`): with the street they locate a person's home (see the city
        // ruling in docs/detection-rulings.md).
        strength: 'medium',
        owners: w`address addr addresses 地址 住址`,
        en: w`
          postal_code postalcode postcode post_code zip zip_code zipcode subregion township
          township_division address_zip_code address_postal_code province city district county
          state state_or_province region city_name province_name district_name
          address_city address_province address_district address_state
          locality sublocality sublocality_2 sublocality_3 dependent_locality address_locality
          administrative_area administrative_area_level_1 administrative_area_level_2
        `,
        zh: w`邮编 邮政编码 省份 城市 区县`,
      },
      {
        // An order's city and postcode (`Order.city`, `order.zipcode`): where the buyer is billed
        // or the goods go, part of the buyer's or the receiver's address. Not `state` (an order's
        // status); not a bare `address` either, whose reading then outweighed a description
        // naming a household registration (户籍地 of a loan order's guarantor).
        strength: 'medium',
        owners: w`order orders 订单`,
        en: w`city province district county zip zipcode zip_code postcode postal_code`,
      },
      {
        // A person's own city or province (`Member.city`, `receiver_province`): part of where
        // they live, so weak: only a person's record makes it an address; a store's is not.
        strength: 'weak',
        en: w`
          province city district county province_name city_name district_name address_city
          address_province address_district
        `,
        zh: w`所在地区 所在城市 所在省份`,
      },
      {
        // A person's own postcode (`identity.postalCode`, `UserInfo.zip_code`, `Patient.zip`); a
        // store's is not, and a bare `zip` elsewhere is an archive.
        strength: 'weak',
        en: w`postal_code postcode post_code zip_code zipcode address_zip_code address_postal_code zip zip4 zip_four`,
      },
      {
        strength: 'medium',
        en: w`current_city living_city home_city residence_city resident_city city_of_residence`,
      },
      {
        strength: 'strong',
        en: w`
          home_address residential_address residence_address current_address permanent_address
          mailing_address postal_address contact_address street_address detail_address
          address_detail detailed_address full_address living_address domicile residence
          billing_address personal_address household_address hukou_address shipping_address delivery_address receiver_address
          recipient_address consignee_address ship_to_address sender_address ship_address
          install_address installation_address service_address certificate_address
          id_card_address idcard_address
        `,
        zh: w`
          户籍地址 收货地址 收件地址 配送地址 寄件地址 门牌号 街道门牌 住址 家庭住址 家庭地址 现住址 居住地址 详细地址 通讯地址 联系地址 居住地 常住地址 现居住地 住所 居住地址
          家庭住所 证件地址 身份证地址 详址
        `,
        pinyin: w`hjdz jtzz xzz jzdz xxdz txdz lxdz zhuzhi jtdz shdz sjdz`,
      },
      {
        strength: 'weak',
        qualified: true,
        en: w`address addr street`,
        zh: ['地址'],
        pinyin: ['dizhi'],
      },
      {
        strength: 'medium',
        owners: w`address addr addresses residence domicile 地址 住址`,
        en: w`
          street detail building house_no house_number room room_no line1 line2 address_line1
          address_line2 full_text street_address
        `,
        zh: w`街道 详细 楼栋 单元 门牌`,
      },
      { strength: 'ambiguous', pinyin: ['zz', 'dz'] },
    ],
    negatives: {
      en: w`
        memory_address macro_address server_address host_address base_address wallet_address
        contract_address bind_address listen_address web_address url_address address_type
        address_id address_code address_space address_bar address_mode address_name address_title
        address_label address_alias
      `,
      zh: w`行政区划代码 内存地址 服务器地址 门店地址 公司地址 注册地址 办公地址 网址 接口地址 服务地址 访问地址 下载地址 图片地址 链接地址 企业地址 商户地址 仓库地址
        头像地址 照片地址 文件地址 视频地址 语音地址 音频地址 封面地址 附件地址 二维码地址 跳转地址 回调地址 存储地址 上传地址 资源地址
        详细参考 详细见 详细请见 详细说明 地址标题 地址别名 地址标签`,
    },
  },
  {
    category: 'household_registration',
    terms: [
      {
        strength: 'strong',
        // The registered *address* (户籍地址, hjdz) is an address, as §9.2 lists it; the
        // registration record itself (number, type, relation to the householder, police
        // station, move-in date) is household registration, and so is a residence permit (居住证,
        // its dates and city): a registration of where one lives, not a dwelling; its number
        // stays an identity-document number (`residence_permit_no`).
        en: w`
          hukou household_register household_registration registered_residence hukou_type
          hukou_no household_no native_place household_book relation_to_householder
          householder_relation household_type hukou_nature move_in_reason household_move_in_date
          residence_permit residence_card
        `,
        zh: w`
          户籍 户口 户籍地 户籍所在地 户口所在地 户口簿 户口本 籍贯 户籍性质 户口性质 户号 户口类型 户籍类型 居住证
          与户主关系 户主姓名 户籍地派出所 户口所在派出所 迁入日期 迁出日期 迁入时间 户籍迁入 迁出时间 迁入原因 迁出原因 户口迁移
        `,
        pinyin: w`hjszd hkszd hkxz hjxz hjd hklx yhzgx hjdpcs qrrq qcrq`,
        contest: 'resident_id_info',
      },
      { strength: 'ambiguous', pinyin: ['jg'] },
    ],
    // The registered place's division code and the police district it falls in are references to
    // a region, as `city_code` is, not the person's registration.
    negatives: { zh: w`户籍区划 户籍地区划 户口区划 户籍责任区 户口责任区` },
  },
  {
    category: 'credential',
    terms: [
      {
        // A code that opens someone's door or pays from their wallet.
        strength: 'medium',
        en: w`
          payment_pin pay_pin payment_pin_hash pin_hash password_salt pay_password_salt
          door_code door_password lock_code lock_password unlock_code unlock_password
          temp_lock_code wifi_password access_password
        `,
        zh: w`开门密码 门锁密码 开锁密码 临时密码`,
      },
      {
        strength: 'strong',
        en: w`
          login_password user_password password_hash hashed_password encrypted_password
          security_answer security_question_answer challenge_answer sms_code verify_code verification_code otp_code
          login_pwd totp_secret otp_secret mfa_secret two_factor_secret authenticator_secret
          two_fa_secret twofa_secret tfa_secret google_auth_secret google_authenticator_secret
          encrypt_password encrypt_pwd encrypted_pwd google_secret google_auth_key
          google_authenticator_key
        `,
        zh: w`密码 登录密码 口令 验证码 短信验证码 密保答案 密保问题 安全答案 安全问题答案 动态口令 动态密码`,
        pinyin: w`dlmm yzm dxyzm mima mbda`,
      },
      {
        // Financial credentials are arguably property information (class A): contested.
        strength: 'strong',
        contest: 'financial_credential',
        en: w`
          pay_password payment_password trade_password transaction_password pay_pwd card_pin
          bank_pin atm_pin cvv cvv2 cvc card_cvv card_password withdraw_password cvv_code cvc_code
          card_security_code card_security_number card_verification_code card_verification_value
        `,
        zh: w`支付密码 交易密码 取款密码 银行卡密码 提现密码`,
        pinyin: w`zfmm jymm qkmm txmm`,
      },
      {
        // A card's expiry date is, with its number, what a card payment asks to prove the card is
        // in hand (as its security code is): card data sufficient to transact, not a holding.
        strength: 'medium',
        contest: 'financial_credential',
        owners: w`card payment bank 银行卡 卡`,
        en: w`
          expiry expiry_date expiration exp_month exp_year expire_date valid_thru card_expiry
          expiration_month expiration_year expiry_month expiry_year expiration_date exp_date
        `,
        zh: w`有效期 卡有效期`,
      },
      {
        // The card's expiry month and year kept on a card-paid order or charge (`Order.exp_month`
        // beside `last4`); an expiry date there may be a product's (a drug batch's 有效期).
        strength: 'medium',
        contest: 'financial_credential',
        owners: w`order charge`,
        en: w`exp_month exp_year expiry_month expiry_year expiration_month expiration_year card_expiry`,
      },
      {
        // A carrier's customer service password (服务密码) authenticates the subscriber.
        strength: 'medium',
        owners: w`subscriber customer user member account 用户 客户 签约`,
        en: w`service_password service_pwd`,
        zh: w`服务密码`,
      },
      // Bare `password` is as often a system's (datasource, CI login) as a person's: context decides.
      // Its short spellings (`psw`, `upwd`, `loginpass`) in a person's record are the same secret.
      {
        strength: 'weak',
        en: w`password passwd pwd pass_word otp passcode pass psw pw pword upwd upass loginpass userpass user_pass`,
      },
      {
        // A request to log in or change a password carries the person's secret, however short
        // its name (`ChangePasswordReq.oldPass`, `LoginDto.pwd`).
        strength: 'medium',
        owners: w`
          password credential credentials login signin logon signup register registration reset
          auth authentication security admin administrator operator 密码 登录 注册 管理员 操作员
        `,
        en: w`
          password pass pwd passwd old_pass new_pass old_password new_password confirm_password
          password_confirm password_confirmation repeat_password re_password current_password
          confirm_pass pass_word
        `,
      },
      {
        // A second factor's code sent with a sign-in (`AuthenticateRequest.mfa` // "Multi-factor
        // authentication code"): whoever holds it with the password signs in as the person.
        strength: 'medium',
        owners: w`authenticate authentication login signin logon`,
        en: w`mfa mfa_token`,
      },
      {
        // The secret an e-mail or phone verification sends (`VerifyEmail.secret_code`): whoever
        // holds it proves the address is theirs, as a verification code does.
        strength: 'medium',
        owners: w`verify verification confirmation activation 验证`,
        en: w`secret_code secret`,
      },
      {
        // Second factors and recovery codes open the account as a password does.
        strength: 'medium',
        en: w`
          two_factor_code mfa_code totp_code tfa_code otp_secret_key backup_code backup_codes
          recovery_code recovery_codes two_factor_recovery_codes two_factor_backup_codes
          mfa_recovery_codes totp
        `,
        zh: w`备用码 恢复码 二次验证码`,
      },
      {
        // The shared secret of an authenticator app (`SysAdminTotp.secret`, `MfaDevice.secret_key`):
        // whoever holds it generates the person's second factor.
        strength: 'medium',
        owners: w`totp mfa otp authenticator two_factor tfa`,
        en: w`secret secret_key otp pin token passcode`,
      },
      {
        // The answer to a security question recovers the account as a password does.
        strength: 'medium',
        owners: w`security forget forgot recovery 密保`,
        en: w`answer`,
      },
      {
        // The one-time code a sign-in returns (`OauthLoginInput.authCode`): it opens the session.
        strength: 'medium',
        owners: w`oauth signin login logon authentication auth sso`,
        // A single-sign-on token (`singleSignOnToken`) opens the person's account as a session's does.
        en: w`auth_code authorization_code client_auth_code oauth_code sso_token single_sign_on_token`,
      },
      {
        // Tokens and salts are a person's secrets only inside a person's record (a user, a
        // session of one, a WeChat login); an app's `access_token` is the system's.
        strength: 'weak',
        en: w`
          access_token refresh_token id_token session_token auth_token login_token remember_token
          reset_token password_reset_token verification_token verify_token confirmation_token
          activation_token api_token personal_access_token salt session_key session_secret
          password_hash_salt authentication_token user_token authentication_key
          hashed_token jwt_secret bind_token forget_token reset_key reset_password_key
          retrieve_key reset_password_token recovery_token validation_token email_token
          email_verification_token reset_code activation_code activation_key confirmation_code
          confirm_code email_code email_verify_code
        `,
        zh: w`
          会话密钥 会话key 盐值 令牌 访问令牌 刷新令牌 登录令牌 身份令牌 用户令牌 登录凭证 加密盐 密码盐
          二次验证密钥
        `,
      },
      {
        // A password record's or an administrator's salt and reset tokens (`AdminPassword.salt`,
        // `AdminPassword.resetToken`; issue 9, session 24): the same person's secrets as the
        // password beside them, which these owners already open.
        strength: 'medium',
        owners: w`password passwords admin administrator operator 密码 管理员 操作员`,
        en: w`salt password_salt reset_token password_reset_token email_token verification_token reset_code`,
      },
      {
        // The token of a login session, a password reset or an e-mail verification
        // (`PasswordResetToken.token`, `user_session.token`): it opens the person's account.
        strength: 'medium',
        owners: w`
          session sessions reset verification confirmation activation magic forgot password 会话
        `,
        en: w`token token_hash hashed_token session_token password_token session_key`,
      },
      {
        // What a sign-in or an auth call returns (`AuthResult.accessToken`, a bare `token` of
        // `AuthRefreshResp`): the signed-in person's session.
        strength: 'medium',
        owners: w`auth authentication signin logon`,
        en: w`access_token refresh_token id_token token`,
      },
      {
        // The tokens OAuth and OpenID Connect issue for a person's login (`Session.refresh_token`,
        // `AccessToken.access_token`, `TokenRefreshResponse.refresh_token`), in the token's own
        // record, a session or an authorisation (session 25's ruling on issued tokens).
        strength: 'medium',
        owners: w`token tokens session sessions authorize oauth`,
        en: w`access_token refresh_token id_token hashed_access_token hashed_refresh_token`,
      },
      // Bare tokens and secrets are mostly system credentials; only context makes them a person's.
      // A bare `token` of a person's record (`UserToken.token`, `LoginInfo.token`) is their
      // session's; a qualified one (`version_token`, `idempotencyToken`) is the thing's.
      { strength: 'weak', qualified: true, en: ['pin', 'secret', 'token', 'token_hash'] },
      // The PIN of a gift or payment card opens the holder's balance.
      { strength: 'medium', owners: w`card giftcard wallet`, en: w`pin pin_code` },
      { strength: 'ambiguous', pinyin: ['mm'] },
    ],
    negatives: {
      en: w`
        password_policy password_length password_rule password_strength password_regex
        password_expiry forgot_password reset_password show_password password_reset password_field
        captcha password_min_length password_max_length password_encoder token_type
        token_expiry token_expire token_expires_in token_scope sso_token_scope single_sign_on_token_scope
        expires_in expires_at
      `,
      zh: w`密码强度 密码规则 密码长度 密码策略 忘记密码 重置密码 安全问题`,
    },
  },
];
