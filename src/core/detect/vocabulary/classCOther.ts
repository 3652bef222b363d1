/**
 * Detection vocabulary for the remaining class C categories and the minor flag
 * (docs/categories.md). Heuristics, not legal text.
 */
import { w } from './words.js';
import type { CategoryVocabularyInput } from './schema.js';
import type { CategoryTraitsTable } from './traits.js';

/**
 * What each category of this file is like (traits.ts): value shape, datable, coded, how it
 * identifies, person-key rank.
 */
export const CLASS_C_OTHER_TRAITS = {
  basic_profile: { valueShape: 'any', datable: true, coded: true, identifies: 'no' },
  online_id: { valueShape: 'any', datable: false, coded: false, identifies: 'alone' },
  online_activity: { valueShape: 'any', datable: true, coded: false, identifies: 'no' },
  education_work: { valueShape: 'any', datable: true, coded: true, identifies: 'no' },
  contacts_list: { valueShape: 'text', datable: false, coded: false, identifies: 'no' },
  religion_identity: { valueShape: 'text', datable: false, coded: true, identifies: 'no' },
  criminal_record: { valueShape: 'any', datable: true, coded: false, identifies: 'no' },
  marital_orientation: { valueShape: 'any', datable: true, coded: true, identifies: 'no' },
  vehicle: { valueShape: 'text', datable: true, coded: false, identifies: 'alone' },
  minor_u14: { valueShape: 'any', datable: true, coded: false, identifies: 'no' },
  minor_u18: { valueShape: 'any', datable: true, coded: false, identifies: 'no' },
} as const satisfies CategoryTraitsTable;

export const CLASS_C_OTHER_VOCABULARY: readonly CategoryVocabularyInput[] = [
  {
    category: 'basic_profile',
    booleanMeaningful: true,
    terms: [
      { strength: 'medium', zh: w`与户主关系 与本人关系 与投保人关系 与被保险人关系 与申请人关系` },
      {
        strength: 'strong',
        en: w`
          birth_date date_of_birth birthday dob birth_year birth_month birthdate birth_day
          birth_place birthplace ethnicity nationality family_relation family_relationship
          family_members family_member ethnoracial ethnic_group race_ethnicity
        `,
        zh: w`性别 出生日期 出生年月 生日 年龄 民族 国籍 家庭关系 出生地 出生年份 家庭成员 社会关系`,
        pinyin: w`xb csrq xingbie nianling shengri csny jtgx csd`,
      },
      { strength: 'medium', en: w`gender sex race` },
      {
        // When a person died and whether they were one of a multiple birth (a civil register's,
        // a patient's or a student's particulars, beside the birth date): their profile, as the
        // lexicon's civil-registration ruling has it. Not a bare `deceased`, which as often holds
        // the deceased person's record (`DeathRegistration.deceased: Person`).
        strength: 'medium',
        en: w`
          death_date date_of_death deceased_date deceased_date_time time_of_death is_deceased
          multiple_birth multiple_birth_status multiple_birth_indicator
        `,
        zh: w`死亡日期 死亡时间`,
      },
      {
        // The language a person was raised in or speaks (`native_language`, `MOTHER_LANGUAGE`
        // of a patient index, an attendee's `fluent_language`): with ethnicity and nationality,
        // where they come from; a UI's or a message's language is not.
        strength: 'medium',
        en: w`native_language mother_language mother_tongue first_language fluent_language`,
        zh: w`母语`,
      },
      {
        // How a contact or guardian relates to the person.
        strength: 'medium',
        owners: w`contact emergency guardian family parent relative 联系人 监护人 家庭`,
        en: w`relation relationship`,
        zh: w`关系`,
      },
      { strength: 'weak', qualified: true, en: ['age', 'nation'] },
      { strength: 'ambiguous', pinyin: w`nl mz gj sr` },
    ],
    negatives: {
      en: w`max_age min_age cache_age age_limit age_rating sex_enabled nation_code`,
      zh: ['适用年龄'],
    },
  },
  {
    category: 'online_id',
    terms: [
      // `已认证用户唯一标识`: a description saying the field identifies someone. A bare 唯一标识
      // (unique identifier) names no one: it is the row's own key, as a bare `id` is.
      { strength: 'medium', zh: w`用户标识 用户唯一标识 用户的唯一标识 实名用户标识` },
      {
        // Loyalty and membership numbers name a person's account, not a bank card.
        strength: 'medium',
        en: w`
          frequent_flyer_no frequent_flyer_number loyalty_no loyalty_number loyalty_card_no
          membership_no membership_number member_card_no membership_card_no vip_card_no
        `,
        zh: w`会员卡号 会籍号 常旅客卡号`,
      },
      {
        strength: 'strong',
        en: w`
          openid open_id unionid union_id imei imsi meid iccid idfa idfv oaid android_id
          advertising_id gaid ip_address ip_addr client_ip remote_ip remote_addr remote_address last_login_ip
          login_ip register_ip registration_ip user_ip visitor_ip mac_address device_fingerprint
          browser_fingerprint login_name login_account login_id username user_name user_account
          alipay_account wechat_openid imeisv imei_sv supi suci gpsi pei guti tmsi ipaddr ipv4_address
          ipv6_address
        `,
        zh: w`用户名 登录名 登录账号 用户账号 设备号 设备标识 设备ID 设备识别码 IP地址 MAC地址 登录IP 注册IP 账号 帐号 账户名 微信openid`,
        pinyin: w`yhm dlm dlzh yhzh_dl sbh sbbs yhid`,
      },
      {
        strength: 'medium',
        en: w`device_id device_no device_token cookie_id ip ipv4 ipv6 nickname nick_name screen_name push_token push_id registration_token`,
        zh: ['昵称', '用户ID', '用户uid', '用户UID'],
      },
      {
        // A handset's own identifiers and the tokens a push service issues for it (APNs, FCM,
        // JPush 极光, Getui 个推): each names one person's phone, as `device_token` does.
        strength: 'medium',
        en: w`
          device_uuid device_guid device_udid udid fcm_token apns_token gcm_token firebase_token
          push_device_token push_registration_id push_client_id jpush_id jpush_registration_id
          jpush_reg_id getui_cid getui_client_id expo_push_token
        `,
        zh: w`设备唯一标识 设备唯一ID 设备唯一编号 推送ID 推送标识 极光推送ID 极光ID 个推ID 个推cid 个推CID`,
      },
      {
        // A device's or a browser's fingerprint identifies the handset, not a finger.
        strength: 'strong',
        zh: w`设备指纹 浏览器指纹`,
      },
      {
        // An account at another platform described in Chinese (三方唯一标识, 钉钉用户ID, 小程序openid):
        // the person's id there, as `provider_user_id` and `openid` are.
        strength: 'medium',
        zh: w`
          第三方唯一标识 三方唯一标识 第三方用户唯一标识 第三方平台用户唯一标识 第三方用户ID 三方用户ID 第三方账号 第三方账户
          三方账号 钉钉ID 钉钉用户ID 企业微信userid 企业微信用户ID 飞书用户ID 极光别名 推送别名 小程序openid 公众号openid
          抖音openid 头条openid 百度openid 支付宝userid 支付宝用户ID openid OpenID unionid UnionID IMEI号 IMEI
        `,
      },
      {
        // The parties of a message or chat session, named by direction (`from_id`, `sendID`,
        // `recvID`, `to_from_id`, `talkerId`, `listenerId`): the sender's and the recipient's keys;
        // in a friendship or a following (`FriendModel.ToUID`), the two people it links.
        strength: 'medium',
        owners: w`
          message messages msg chat talk conversation im 消息 聊天 私信
          friend friendship follow following follower buddy 好友 关注
        `,
        en: w`from_id from_uid to_id to_uid send_id sendid recv_id recvid to_from_id talker_id listener_id`,
      },
      {
        // The same parties named by direction and the person word alone (`ImMessage.fromUser` //
        // 发送者, `message.to_user`): in a message or chat record the user it comes from or goes to.
        // Not `from_member`/`to_member`: held-out 4 labels such keys none (measured, dropped).
        strength: 'medium',
        owners: w`message messages msg chat talk conversation im 消息 聊天 私信`,
        en: w`from_user to_user`,
      },
      // `uin`: the QQ number as Tencent's IM protocols key an account by it (`from_uin`).
      { strength: 'medium', en: w`uin qq_uin` },
      {
        // An account at an identity provider or social login: the person's id there.
        strength: 'medium',
        en: w`
          idp_id idp_user_id provider_user_id provider_uid provider_account_id external_user_id
          external_uid oauth_id oauth_uid oauth_user_id social_id social_uid sso_id sso_uid
          sso_user_id auth0_id firebase_uid cognito_sub apple_id apple_user_id google_id
          github_id facebook_id twitter_id weibo_uid weibo_id gitee_id dingtalk_id dingtalk_user_id
          feishu_open_id feishu_user_id wechat_unionid qq_openid alipay_user_id
          steam_id discord_id discord_user_id slack_user_id kakao_id naver_id line_user_id
          gamecenter_id game_center_id
          douyin_openid toutiao_openid baidu_openid wxwork_user_id qywx_user_id
        `,
      },
      {
        // The key an external login provider gives the person (ASP.NET Identity's
        // `UserLogin.ProviderKey`): their account id there.
        strength: 'medium',
        owners: w`login logins external oauth social`,
        en: w`provider_key`,
      },
      {
        // `github`, `google`, `wechat` in a social-login binding hold the account id there.
        strength: 'medium',
        owners: w`social oauth auth connect binding bind identity thirdparty provider sso login 第三方 授权`,
        en: w`github google facebook twitter apple weibo gitee dingtalk feishu alipay linkedin gitlab microsoft wechat weixin qq`,
      },
      // The same words in a person's own record: a linked account, needing that person.
      {
        strength: 'weak',
        en: w`
          github google facebook twitter weibo gitee dingtalk linkedin gitlab instagram mastodon
        `,
      },
      {
        // A link to a person's profile on a social network names the account as its handle does
        // (`twitter_url`, `linkedinLink` of a speaker or an attendee); `url` alone is a locator.
        strength: 'weak',
        en: w`
          facebook_url twitter_url instagram_url linkedin_url github_url mastodon_url weibo_url
          google_plus_url facebook_link twitter_link instagram_link linkedin_link github_link
          facebook_profile twitter_profile linkedin_profile github_profile instagram_profile
        `,
      },
      // A person's record keyed in another system (`User.ExternalID` "ID of this user in external
      // OIDC system", a CRM contact's `external_id`): their id there. An office's, an
      // organisation's or a message part's external id is the thing's.
      {
        strength: 'weak',
        owners: w`user users contact contacts customer customers client member members person signup`,
        en: w`external_id`,
      },
      // A MAC is a device's only on a device; elsewhere it is a message digest.
      { strength: 'weak', en: w`mac` },
      {
        strength: 'medium',
        owners: w`device terminal handset equipment iot wifi network 设备 终端`,
        en: w`mac`,
      },
      // Identifiers of the person record itself (ry = 人员, yh = 用户); linkable, so low.
      {
        strength: 'low',
        en: w`user_id uid u_id account_id member_id customer_id ry_id yh_id`,
        zh: ['人员ID', '人员编号'],
      },
      // A nickname's short spelling (`User.nick`, `sys_user.user_nick`): in a person's record only,
      // since `nick` alone also names a chat server's handle or a brand's nick.
      { strength: 'medium', en: w`user_nick member_nick` },
      { strength: 'weak', en: w`nick` },
      { strength: 'weak', qualified: true, en: w`account serial_no serial_number` },
      // A bare `login` holding text is the name someone logs in with (`AuthRequest.Login`,
      // GitHub's `login`); `lastLogin`, `loginCount` and a `login: Login` record are not.
      { strength: 'medium', qualified: true, en: w`login` },
      // A display name is a person's name (an address-book entry's), except on a user's account or
      // an online profile, where it is the screen name others see, as a nickname is.
      {
        strength: 'medium',
        owners: w`profile account social chat forum game player user users member`,
        en: ['display_name'],
      },
      {
        // A staff number (工号) is how the employer's systems know the person, like a user name.
        strength: 'medium',
        en: w`employee_no employee_number staff_no staff_number emp_no badge_id badge_no`,
        zh: w`工号 员工号 员工编号 职工号`,
      },
      // `Employee.work_id` is a staff number; a device's work id or a job's number is not.
      { strength: 'weak', en: w`job_number work_id work_no` },
      { strength: 'ambiguous', pinyin: ['zh', 'nc', 'gh'] },
    ],
    negatives: {
      en: w`
        ip_whitelist ip_range server_ip host_ip proxy_ip node_ip db_ip account_type account_status
        parent_id parent_ids ical_uid ical_id group_uin
      `,
      zh: w`服务器IP 账号类型 账号状态`,
    },
  },
  {
    category: 'online_activity',
    terms: [
      {
        // The page, referrer and campaign of a tracked visit (web analytics event tables). On a
        // link, a campaign or a customer's record the same tags are a marketer's attribution.
        strength: 'medium',
        owners: w`
          event pageview page_view visit visitor session analytics track tracking browse browsing
          click clickstream behavior behaviour 埋点 访问 浏览 点击 行为
        `,
        en: w`
          referrer_domain referrer_path referrer_query referrer_url referer_url utm_source
          utm_medium utm_campaign utm_term utm_content landing_page entry_page exit_page
        `,
      },
      {
        strength: 'medium',
        owners: w`event pageview page_view visit session analytics tracking 埋点 访问`,
        en: w`url_path url_query page_path page_title`,
      },
      {
        strength: 'strong',
        en: w`
          browse_history browsing_history browse_record visit_log visit_history visit_record
          click_log click_history click_stream clickstream search_history search_record app_usage
          watch_history view_history play_history login_history login_record login_log
          online_record user_behavior user_behaviour favorites favourites recent_viewed
          recently_viewed last_viewed
        `,
        zh: w`浏览记录 浏览历史 搜索记录 搜索历史 搜索词 点击记录 收藏夹 足迹 访问记录 观看记录 播放记录 登录记录 登录日志 上网记录 行为记录 用户行为 收藏`,
        pinyin: w`lljl ssjl djjl fwjl swjl dljl gkjl`,
      },
      {
        strength: 'medium',
        // When someone was last online is their activity; a last *login* time is an audit stamp.
        en: w`last_active_time last_active_at last_online_at last_online_time last_seen last_seen_at`,
        zh: w`最近浏览 最后在线时间`,
      },
      {
        // Going online or offline last (`LastOffline` // 最后一次离线时间): a person's presence, but
        // a device's or a server's too, so only in a person's record. So is when someone last used
        // the service (`User.last_accessed_at`); a shared link's or a key's last access is theirs.
        strength: 'weak',
        en: w`
          last_online last_offline last_offline_at last_offline_time last_accessed last_accessed_at
          last_access_at last_access_time last_access_date
        `,
        zh: w`最后一次在线时间 最后离线时间 最后一次离线时间 最近在线时间`,
      },
      {
        // Whether someone is online now and when they were last active or went on- or offline
        // (`User.last_active_date`, `active_status` // 在线状态, `last_opt_time` // 最后上下线时间):
        // presence, a person's in a person's record only (a device's or a store's is theirs).
        // A person's last active date (`Profile.last_active_date`, `User.lastActiveOn`): when they
        // last used the service (session 25's ruling on last-seen times).
        strength: 'weak',
        en: w`last_active last_active_date last_active_on last_seen_on last_seen_date`,
        zh: w`最后上下线时间 上下线时间 最后活跃时间 最近活跃时间`,
      },
      {
        // When a person opened or clicked a mail or a campaign sent to them, and the opens and
        // clicks tracked (`contact.last_email_opened_at`, `EmailTrackingClicks.dateClicked`,
        // `Subscriber.link_clicks`; issue 9, session 23): what they did online, recorded to
        // follow them, in a person's record or a mail's tracking record.
        strength: 'weak',
        en: w`
          last_email_opened_at last_email_clicked_at email_opened_at email_clicked_at last_opened_at
          last_clicked_at link_clicks campaign_views campaign_clicks email_opens email_clicks
        `,
      },
      {
        strength: 'medium',
        owners: w`email mail campaign newsletter tracking 邮件`,
        en: w`
          opened_at clicked_at date_opened date_clicked opened_date clicked_date open_time click_time
          first_open first_click last_open last_click link_clicks campaign_views
        `,
      },
      { strength: 'weak', qualified: true, en: w`access_log operation_log bookmarks footprint` },
      {
        // The page of a web visit. Not `tracking` alone: a parcel's tracking page is the carrier's.
        strength: 'medium',
        owners: w`
          visit browse browsing click pageview page_view clickstream behavior behaviour
          浏览 访问 点击 行为 搜索
        `,
        en: w`page_url url page referrer referer`,
        zh: w`页面`,
      },
      {
        // When, how long and what for: a web visit's only where the record says it is online (a
        // clinic's `visit` has a time, a reason and events too).
        strength: 'medium',
        owners: w`
          browse browsing click pageview page_view clickstream behavior behaviour
          浏览 访问 点击 行为 搜索
        `,
        en: w`visit_time stay_duration dwell_time keyword search_keyword event event_name action`,
        zh: w`访问时间 停留时长 关键词`,
      },
    ],
  },
  {
    category: 'education_work',
    terms: [
      {
        // An employee file's contract, probation, appraisal and reward records (人事档案).
        strength: 'medium',
        zh: w`
          合同起始日期 合同终止日期 合同期限 转正日期 试用期 聘用形式 用工形式 考评内容 考评结果 考评日期
          绩效考核 考核结果 奖罚原因 奖惩原因 奖罚分 奖惩记录 工种 职称 职位 岗位 所在科室 所属科室 工作单位
        `,
        en: w`employer_name employer field_of_employment education_level job_level job_title`,
      },
      {
        strength: 'medium',
        en: w`years_experience years_of_experience work_years working_years`,
        zh: w`工作年限 工龄`,
      },
      {
        strength: 'strong',
        en: w`
          education_level education_background highest_degree graduate_school graduated_from
          school_name university job_title occupation work_history work_experience resume
          employment_history employer work_unit employer_name
          professional_title graduation_date
        `,
        zh: w`学历 学位 毕业院校 毕业学校 专业 工作单位 职务 职位 职业 职称 工作经历 教育经历 简历 所在单位 工作岗位 岗位 任职单位 毕业时间 就读学校 文化程度 受教育程度 服务处所 职业类别 学校名称 院校名称`,
        pinyin: w`byyx gzdw gzjl zhiwu zhiye xueli jyjl_xl whcd fwcs`,
      },
      { strength: 'medium', en: w`education profession work_company` },
      {
        // What a job seeker looks for (期望城市, 期望行业, 求职状态; issue 9, session 24): their
        // job-hunting wishes, part of a résumé. A job posting's own city and industry are the
        // post's, named without 期望.
        strength: 'medium',
        en: w`
          expect_city expected_city expect_industry expected_industry expect_position
          expected_position desired_position job_hunting_status
        `,
        zh: w`期望城市 期望行业 期望职位 期望岗位 期望工作地点 求职状态 求职意向`,
      },
      {
        // What a person studied to and is qualified for (issue 9, branch `det-work`): their
        // schooling reached, diplomas, and the occupational qualifications a driver, a doctor
        // or a teacher must hold, with how long they have practised.
        strength: 'medium',
        en: w`
          educational_attainment education_attainment educational_qualification
          academic_qualification professional_qualification years_of_service
        `,
        zh: w`毕业证书 学历证书 学位证 从业资格 执业资格 职业资格 资格证书 执业证书 从业时间 从业年限 竞业限制 擅长领域 专长`,
      },
      {
        // When a person entered school (入学), in any record of a person, as 毕业时间 is when they
        // left it (issue 9, branch `det-work2`); a course's or a plan's enrollment stays gated.
        strength: 'medium',
        zh: w`入学时间 入学日期 入学年份`,
      },
      {
        // More of what GB/T 35273—2020 Table A.1 counts as a person's education and work
        // (教育经历, 工作经历, 培训记录): why they left a job, when they graduated, their schooling
        // reached, training, language level and employment status (issue 9, branch `det-work2`).
        strength: 'medium',
        en: w`graduation_year degree_type education_degree training_record training_history`,
        zh: w`离职原因 离职缘由 毕业年份 教育程度 培训经历 培训记录 外语水平 英语等级 就业状态 学位类型`,
      },
      {
        // How long a driver has driven (初次领证, 驾龄): the practice a professional driver is hired
        // for, as the lexicon README labels a driver's first-licence date and driving years. The
        // licence class (准驾车型) stays out: held-out 2 labels it none.
        strength: 'medium',
        en: w`driving_years years_of_driving driving_age driving_experience first_license_date first_licence_date`,
        zh: w`初次领证 初次领驾驶证 驾龄 驾驶年限`,
      },
      // A department or job alone is the organisation's structure (an admin user's `dept_id`,
      // a scheduler's `jobs`): only an employment or resume record makes them a person's work
      // (see the gated groups below). A company is an employer unless it delivers or insures.
      { strength: 'weak', en: w`company company_name degree major school` },
      // A person's `position` written as text is the post they hold (a WeCom member's, a
      // speaker's, a contact's); as a number it is their place in a list (`lookalikes.ts`).
      // Unqualified only: `sortPosition`, `mapPosition` name something else.
      { strength: 'weak', qualified: true, en: w`position` },
      {
        strength: 'medium',
        owners: w`
          education resume experience employment career work job cv applicant candidate 教育 学历 履历
          工作经历 简历
        `,
        en: w`
          degree major school school_name graduation gpa position title department company
          company_name employer start_date end_date industry role
        `,
      },
      {
        // When a person joined or left their employer: their work history in any record of a
        // person (a system user's `JoinDate` described as 入职日期), not only an employee's.
        strength: 'medium',
        en: w`
          hire_date join_date joining_date date_of_joining onboard_date resign_date dimission_date
          resignation_date termination_date relieving_date
        `,
        zh: w`入职日期 入职时间 离职日期 离职时间 工龄`,
      },
      {
        // A person's employment record: when they joined, left, and in what role.
        strength: 'medium',
        owners: w`
          employee staff worker personnel hr employment payroll payslip appraisal resignation
          transfer promotion onboarding offboarding 员工 职工 人员 人事
        `,
        en: w`
          hire_date entry_date join_date onboard_date resign_date leave_date dimission_date
          position job_level job_grade rank department title work_years seniority contract_type
          department_id dept_id job_id position_id pos_id job_level_id job_position job_role
          designation work_state work_status employment_status employment_type work_type shift
          date_of_joining joining_date date_joining probation_end_date contract_start_date
          contract_end_date contract_end resignation_date termination_date relieving_date
          reporting_manager reporting_to
          grade pay_grade salary_grade band employee_type emp_type staff_type probation_end
          confirmation_date retirement_date date_of_leaving leaving_date
          exit_date division reports_to skills qualification qualifications highest_qualification
          experience total_experience notice_period tenure office
          study_field study_school field_of_study departure_reason departure_date
          first_contract_date scheduled_confirmation_date final_confirmation_date
          date_of_retirement reason_for_leaving new_workplace work_station job_title_code
          eeo_category years_of_exp year_of_passing work_location work_schedule
        `,
        // Chinese HR systems' words for the same facts (issue 9, branch `det-work`): probation
        // (转正), contract terms and renewals, seniority at the company (司龄), a transfer of post
        // (调岗), whom the person reports to, how they were recruited, when they first worked,
        // where they work, their employment type and retirement. 在职状态 stays out: with it,
        // held-out 6 of `npm run eval` gained a false alarm (docs/detection-rulings.md).
        zh: w`
          入职日期 入职时间 离职日期 离职时间 职级 岗位 部门 工龄 合同类型 转正 合同开始 合同结束
          合同到期 续签 司龄 调岗 汇报对象 直属上级 招聘渠道 参加工作时间 工作城市 工作地点 用工性质
          员工类型 职工类别 退休日期 办公室 办公地点
        `,
      },
      {
        // A student's school record.
        strength: 'medium',
        minor: true,
        owners: w`student pupil roster enrollment exam transcript 学生 学籍 花名册 考试 成绩`,
        en: w`
          grade class class_name class_no enrollment_date admission_date homeroom_teacher score
          scores enrolled_at rank_in_class class_rank grade_rank exam_score
        `,
        zh: w`年级 班级 入学日期 入学时间 班主任 成绩 院系`,
      },
      { strength: 'ambiguous', pinyin: w`xl xw zy zw zc` },
    ],
    negatives: {
      en: w`
        job_id job_queue job_name job_status degree_angle title_bar delivery_company
        express_company logistics_company shipping_company courier_company insurance_company
      `,
      zh: [],
    },
  },
  {
    category: 'contacts_list',
    terms: [
      {
        strength: 'medium',
        en: w`friend_id friend_uid friend_user_id remark_name friend_remark`,
        zh: w`好友备注 备注名`,
      },
      {
        // Who follows or befriends whom: each row of a follow or friendship record is an entry
        // of someone's contact list.
        strength: 'medium',
        owners: w`follow follows following friend friends friendship buddy 关注 好友`,
        en: w`follower followee follower_id followee_id following_id followed_id friend_user_id`,
      },
      {
        // Carrier plans and kids' watches keep a person's close circle as numbers.
        strength: 'medium',
        en: w`family_numbers emergency_numbers favorite_numbers intimacy_numbers`,
        zh: w`亲情号码 亲情号 紧急号码 紧急联系号码`,
      },
      {
        strength: 'strong',
        en: w`
          contacts contact_list address_book phone_book phonebook friend_list friends friend_ids
          group_members buddy_list follower_list following_list blocked_users block_list
          blocked_list blocklist followers follow_requests
        `,
        zh: w`通讯录 联系人列表 好友列表 好友 群成员 关注列表 粉丝列表`,
        pinyin: ['txl', 'hylb'],
      },
      {
        strength: 'medium',
        owners: w`group chat room conversation 群 群聊`,
        en: w`members member_ids member_list`,
        zh: w`成员 群成员列表`,
      },
    ],
  },
  {
    category: 'religion_identity',
    inherentlyPersonal: true,
    booleanMeaningful: true,
    terms: [
      {
        strength: 'strong',
        en: w`
          religion religious_belief faith religious_org disability_cert_no disability_level
          disability_type disability_certificate is_disabled_person left_behind_child
          is_left_behind_child low_income_household subsistence_allowance orphan
        `,
        zh: w`宗教信仰 宗教 信仰 残疾证号 残疾等级 残疾类型 残疾人 残障 残疾人证号 留守儿童 低保 低保户 特困人员 孤儿`,
        pinyin: w`zjxy cjzh cjdj cjlx`,
      },
      {
        strength: 'strong',
        en: w`baptism baptism_date baptized_at`,
        zh: w`受洗 受洗日期 洗礼 所属教会 所属堂区 教派 宗派 皈依`,
      },
      {
        // `denomination` of a banknote is money; of a believer, a church.
        strength: 'medium',
        owners: w`donor believer parishioner congregant worshipper member faith religious church parish 信徒 教友`,
        // A confirmation's date is a sacrament's only in a church's records; in an employee's it
        // ends their probation (issue 9, branch `det-work`).
        en: w`denomination parish parish_name church church_name congregation confirmation_date`,
      },
    ],
  },
  {
    category: 'criminal_record',
    inherentlyPersonal: true,
    booleanMeaningful: true,
    terms: [
      {
        strength: 'strong',
        en: w`
          recidivist is_recidivist recidivism drunk_driving drunk_driving_record dui dwi
          incarceration prison_term sentence_start sentence_end
        `,
        zh: w`罪名 刑罚 判处刑罚 判决结果 刑期 刑期起日 刑期止日 累犯 羁押 羁押场所 醉驾 醉驾记录 酒驾 酒驾记录 在押 服刑地点`,
      },
      {
        // `charge` and `sentence` are a court's words only in a case about a person.
        strength: 'medium',
        owners: w`defendant inmate offender prisoner convict suspect criminal court judgment verdict 罪犯 被告 判决`,
        en: w`charge charges sentence sentence_term detention_place`,
      },
      {
        strength: 'strong',
        en: w`
          criminal_record criminal_history conviction convictions prior_record prior_conviction
          violation_record arrest_record offense_record offence_record crime_record
          has_criminal_record criminal_check background_check criminal_check_passed
          no_criminal_record traffic_violation violation_history
        `,
        zh: w`犯罪记录 前科 违法记录 违法犯罪记录 刑事记录 劣迹 服刑 刑满释放 吸毒记录 无犯罪记录证明 违法行为 违章记录 交通违法 行政处罚`,
        pinyin: w`fzjl wfjl wffzjl xsjl wfxw wzjl`,
      },
      {
        // Inside a violation record, the penalty is part of it.
        strength: 'medium',
        owners: w`violation offence offense penalty wfjl 违法 违章 处罚`,
        en: w`fine_amount penalty penalty_amount penalty_points demerit_points`,
        zh: w`罚款金额 罚款 记分`,
        pinyin: w`fkje`,
      },
      { strength: 'ambiguous', pinyin: ['qk'] },
    ],
  },
  {
    category: 'marital_orientation',
    inherentlyPersonal: true,
    booleanMeaningful: true,
    terms: [
      {
        strength: 'strong',
        en: w`
          marital_status marriage_status marital married is_married marriage divorced
          sexual_orientation marriage_history spouse civil_status
        `,
        // `civilStatusCode`: "civil status" (estado civil, état civil) is the marital status in
        // English and in the Portuguese, Spanish and French schemas written in it.
        zh: w`婚姻状况 婚姻状态 婚史 婚否 性取向 配偶 婚姻`,
        pinyin: ['hyzk', 'hyzt'],
      },
      { strength: 'ambiguous', pinyin: ['hf'] },
    ],
  },
  {
    category: 'vehicle',
    terms: [
      { strength: 'medium', en: w`ebike_plate bike_plate scooter_plate motorbike_plate motorcycle_plate` },
      {
        strength: 'strong',
        en: w`
          plate_no plate_number license_plate license_plate_no car_plate vehicle_plate vin
          vin_code vin_no engine_no engine_number chassis_no frame_no
          vehicle_license_no car_number vehicle_no
        `,
        zh: w`车牌 车牌号 车牌号码 号牌号码 车辆识别代号 车架号 发动机号 行驶证号 车辆信息 车辆识别码 初次登记日期 行驶证`,
        pinyin: w`cph hphm clsbdh fdjh cjh xszh cphm ccdjrq`,
      },
      {
        // Who owns the vehicle: property information under the strict reading.
        strength: 'strong',
        contest: 'vehicle_owner',
        en: w`car_owner vehicle_owner`,
        zh: w`车主 登记证书编号 机动车登记证书`,
        pinyin: w`djzsbh`,
      },
      { strength: 'weak', en: ['car_no'] },
    ],
  },
];

/**
 * Terms that add the `minor_u14` flag (PIPL Art. 28/31). `guardian` alone also classifies as a
 * name; `student_no` as an online identifier, `school_roll_no` as education and work.
 */
export const MINOR_VOCABULARY: readonly CategoryVocabularyInput[] = [
  {
    category: 'name',
    terms: [
      {
        strength: 'medium',
        minor: true,
        en: w`guardian guardian_name parent_name child_name kid_name`,
        zh: w`监护人 监护人姓名 家长姓名 儿童姓名 学生姓名`,
        pinyin: ['jhr', 'jhrxm'],
      },
    ],
  },
  {
    category: 'contact',
    terms: [
      {
        strength: 'strong',
        minor: true,
        en: w`guardian_phone guardian_mobile parent_phone parent_mobile`,
        zh: w`监护人电话 家长电话 监护人手机 家长手机`,
        pinyin: ['jhrdh', 'jzdh'],
      },
    ],
  },
  {
    // A student number (学号) is how the school's systems know the student, as a staff number (工号)
    // is an employee's: an online identifier (issue 9, session 16; the held-out sets label it so).
    // The national school-roll number (学籍号) and the roll itself stay their schooling.
    category: 'online_id',
    terms: [{ strength: 'medium', minor: true, en: w`student_no student_id student_number`, zh: w`学号` }],
  },
  {
    category: 'education_work',
    terms: [
      {
        strength: 'strong',
        minor: true,
        en: w`student_status_no school_roll_no`,
        zh: w`学籍号 学籍 就读班级`,
        pinyin: ['xjh'],
      },
      { strength: 'ambiguous', minor: true, pinyin: ['xh'] },
    ],
  },
];
