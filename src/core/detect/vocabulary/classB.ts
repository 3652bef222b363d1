/**
 * Detection vocabulary for the class B categories (docs/categories.md: accommodation,
 * communication_records, health, transaction, biometric). Heuristics, not legal text.
 */
import { loanParts, w } from './words.js';
import type { CategoryVocabularyInput } from './schema.js';
import type { CategoryTraitsTable } from './traits.js';

/**
 * What each category of this file is like (traits.ts): value shape, datable, coded, how it
 * identifies, person-key rank.
 */
export const CLASS_B_TRAITS = {
  accommodation: { valueShape: 'any', datable: true, coded: false, identifies: 'no' },
  communication_records: { valueShape: 'any', datable: true, coded: false, identifies: 'no' },
  health: { valueShape: 'any', datable: true, coded: true, identifies: 'no' },
  transaction: { valueShape: 'any', datable: true, coded: false, identifies: 'no' },
  face: { valueShape: 'any', datable: true, coded: false, identifies: 'no' },
  biometric: { valueShape: 'any', datable: false, coded: false, identifies: 'alone' },
} as const satisfies CategoryTraitsTable;

export const CLASS_B_VOCABULARY: readonly CategoryVocabularyInput[] = [
  {
    category: 'accommodation',
    terms: [
      {
        strength: 'strong',
        en: w`
          hotel_checkin hotel_check_in lodging_record stay_record accommodation_record hotel_stay
          checkin_record guest_register
        `,
        zh: w`住宿登记 住宿记录 住宿信息 入住记录 入住登记 开房记录 入住人 同住人`,
        pinyin: w`zsdj zsjl rzjl kfjl`,
      },
      {
        strength: 'medium',
        en: w`
          checkin_time check_in_time checkout_time check_out_time checkin_date check_in_date
          checkout_date check_out_date arrival_date departure_date
        `,
        zh: w`入住时间 退房时间 入住日期 离店时间 离店日期 退房日期`,
        pinyin: w`rzsj tfsj ldsj`,
      },
      {
        strength: 'medium',
        // A hotel's own record (its name, its code) is not a stay; a guest's or a stay's is.
        // A hotel's own record is a thing's and stops here anyway; a row that names a hotel
        // beside a check-in (a dataset's `hotel` column) is a stay at it.
        owners: w`lodging stay checkin accommodation guest booking reservation hotel zsdj lgzs lkdj 住宿 入住 住客 入住人 旅馆 宾馆 旅客 酒店`,
        en: w`
          room_no room_number hotel_id hotel_name hotel_code checkin checkout check_in check_out
          arrival departure nights stay_nights
        `,
        zh: w`房间号 房号 酒店名称 入住 退房`,
        pinyin: ['fjh'],
      },
      {
        // A tenancy is where someone lives: when they moved in and out.
        strength: 'medium',
        owners: w`tenant tenancy lease rental renter lodger 租客 租赁 承租 租房`,
        en: w`move_in_date move_out_date move_in_time move_out_time lease_start lease_end lease_start_date lease_end_date`,
        zh: w`入住日期 搬入日期 搬离日期 租期开始 租期结束`,
      },
    ],
  },
  {
    category: 'communication_records',
    terms: [
      { strength: 'medium', en: w`caller_uid callee_uid caller_user_id callee_user_id` },
      {
        strength: 'strong',
        en: w`
          call_log call_record call_history call_detail call_detail_record cdr sms_log sms_record
          sms_history caller_number callee_number calling_number called_number
        `,
        zh: w`通话记录 话单 通话详单 主叫号码 被叫号码 短信记录 呼叫记录 通信记录 来电记录`,
        pinyin: w`thjl bjhm dxjl txjl hjjl`,
      },
      {
        strength: 'medium',
        en: w`caller callee call_time call_duration call_start_time call_end_time talk_time calling_msisdn called_msisdn other_party peer_number`,
        zh: w`主叫 被叫 通话时长 通话时间 呼叫时间`,
        pinyin: ['thsc', 'thsj'],
      },
      {
        // Who talked to whom and when, inside a call, SMS or message record.
        strength: 'medium',
        owners: w`call calls cdr sms message messages msg chat conversation 通话 短信 话单 消息 聊天`,
        en: w`
          from_number to_number from_phone to_phone send_time sent_at send_at received_at call_start
          sent_time receive_time received_time
          call_end start_time end_time duration read_at sender receiver recipient
        `,
        zh: w`发送时间 接收时间 发送人 接收人 发送方 接收方 通话开始时间 通话结束时间 时长`,
      },
      { strength: 'ambiguous', pinyin: ['hd', 'zjhm'] },
    ],
  },
  {
    category: 'health',
    inherentlyPersonal: true,
    booleanMeaningful: true,
    terms: [
      {
        // The history sections of a medical record (病历): what the patient had before.
        strength: 'medium',
        zh: w`既往史 现病史 个人史 家族史 过敏药物 初步诊断 诊断结果 阳性体征 阴性体征 产程 第一产程 第二产程 镇痛 主诉 健康检查 病情描述`,
        en: w`
          past_history present_illness history_of_present_illness allergen coded_allergen
          non_coded_allergen chief_complaint presenting_complaint blood_group
        `,
      },
      {
        // The EU digital COVID certificate (DCC): a vaccination's, a test's and a recovery's
        // entries under the schema's short keys (`tg` disease, `vp` vaccine, `mp` product, `ma`
        // maker, `dn`/`sd` dose and series, `dt` date, `tt` test type, `nm` test name, `sc` sample
        // time, `tr` result, `tc` testing centre, `fr` first positive result, `ci` the
        // certificate's id) and their long names, read only inside such an entry or certificate.
        // The two-letter keys only in a vaccination's or a recovery's entry (a TLS certificate's
        // `tc` is nobody's test centre); the long names in a certificate too.
        strength: 'medium',
        owners: w`vaccination vaccinations recovery recoveries dcc`,
        en: w`tg vp mp ma dn sd dt ci tt nm sc tr tc fr`,
      },
      {
        strength: 'medium',
        owners: w`vaccination vaccinations recovery recoveries certificate cert dcc`,
        en: w`
          target_disease target_id vaccine_code vaccine_id medical_product_id test_type test_name
          test_result testing_center test_center sample_collection sample_collected_at
          unique_certificate_identifier dose_number total_serial_doses total_series_of_doses
          first_result
        `,
      },
      {
        // A genetic report's findings about disease are health information.
        strength: 'medium',
        owners: w`gene genes genetic genetics dna genome genomic genotype snp variant 基因`,
        en: w`carrier_status disease_risk risk_level risk_score polygenic_score`,
        zh: w`携带者状态 携带状态 患病风险 疾病风险 风险等级`,
      },

      {
        // Wearables, fitness and fertility apps: body readings under their usual short names.
        strength: 'strong',
        en: w`
          spo2 blood_oxygen oxygen_saturation body_fat body_fat_rate body_fat_pct body_fat_percent
          body_fat_percentage menstrual menstrual_cycle menstruation injury injuries injury_history
          smoker is_smoker smoking_status sleep_apnea sick_leave sick_leave_days sick_days
          medical_certificate sick_note body_temperature
        `,
        zh: w`血氧 血氧饱和度 体脂 体脂率 月经 经期 生理期 伤病 伤病史 住院天数 吸烟 是否吸烟 健康告知 既往症 病假 病假天数 病假证明 体温 晨检体温 诊断证明`,
      },
      // `waistCm` of a member; `parcelWaist` is nothing (a qualifier cancels it).
      { strength: 'weak', qualified: true, en: w`waist waistline hip_circumference chest_circumference` },
      {
        // Only inside a body reading: `bpm` of a song, `sleep_ms` of a retry loop are not health;
        // a billing `period` or `cycle` is no menstrual one, so those words open nothing.
        strength: 'medium',
        owners: w`
          heart pulse health vital vitals wearable watch band sleep menstrual menstruation
          fertility ovulation body 心率 睡眠 经期 月经 健康
        `,
        en: w`
          bpm pulse deep_sleep deep_sleep_minutes light_sleep rem_sleep sleep_minutes sleep_duration
          sleep_score sleep_quality awake_count awake_minutes snore snore_detected snoring
          period_start period_end cycle_length cycle_length_days ovulation_date flow_level
        `,
        zh: w`深睡 浅睡 睡眠时长 清醒次数 打鼾 周期长度`,
      },
      {
        // `operation_name` is no longer here: named alone it is a software operation as often (an
        // audit log's 请求名称); inside a clinical record the gated list below still reads it.
        strength: 'strong',
        en: w`
          diagnosis diagnosis_result medical_record medical_record_no medical_history disease
          illness allergy allergy_history prescription lab_report lab_result blood_type
          blood_pressure heart_rate pregnancy pregnant symptom medication surgery_history
          health_record health_status health_condition physical_exam medical_exam vaccination health_cert
          health_cert_no health_certificate health_certificate_no
          vaccine_record mental_health hiv_status chronic_disease inpatient_no outpatient_no
          admission_no medical_insurance_no ward_no bed_no treatment icd icd_code
          diagnosis_code disease_code surgery_name surgery_record visual_acuity
          eyesight vision_test hearing_test onset_date reason_for_visit visit_reason
          cause_of_death manner_of_death death_cause medicaid_id medicare_id
          medicare_number medicaid_number mrn
          vaccination_date vaccinated hemoglobin haemoglobin cholesterol hba1c creatinine gestational_age gestation
          hiv hiv_positive tuberculosis pregnancy_status mental_status cognitive_status
          alcohol_use drug_use substance_use tobacco_use family_medical_history
        `,
        zh: w`
          健康证 健康证号 诊断 诊断结果 病历 病历号 病史 既往病史 过敏史 过敏 处方 检验报告 体检报告 血型 血压 心率 生育 怀孕 孕周 疾病 症状 用药 手术史 健康状况 健康信息 就诊记录
          门诊号 住院号 病案号 医保卡号 疫苗 接种记录 传染病 病情 床号 诊断编码 诊断代码 疾病编码 疾病代码 手术名称 手术及操作名称 视力
          就诊流水号 就诊号 就诊记录号 残疾 听力
        `,
        pinyin: w`blh gms jybg jkzk zyh mzh jzjl tjbg zdjg bah zdmc zdbm`,
      },
      {
        // Clinical words the lists above lacked (issue 9, session 22): the Chinglish `diagnose` of
        // Chinese HIS code (诊断结果 as `diagnoseResult`), a medical-insurance or inpatient number
        // spelt out, surgical, allergic and psychiatric histories, a pregnancy's and a foetus's
        // words, a skin test before a prescription (皮试), drug and alcohol abuse, and the
        // documents a medical record is made of (住院志, 医嘱单, 护理记录: GB/T 35273 B.1), a
        // COVID status, a pre-existing condition, a national health-service number. Not
        // `prenatal` (validation lost two to it), nor disease names (`hypertensionRecorded`, a
        // flag about the record) or `addiction` alone (a drug catalogue's `addiction_level`), nor
        // bare Chinese symptom and test words (核酸检测, 发热, 健康码: validation lost one, found none).
        strength: 'strong',
        en: w`
          diagnose_result diagnose_name diagnose_code diagnose_desc diagnose_description
          diagnose_content diagnose_info medical_insurance_number medical_insurance_card
          medical_insurance_card_no health_insurance_no health_insurance_number
          health_insurance_card inpatient_number outpatient_number hospitalization_no
          hospitalization_number surgical_history surgical_procedure allergic allergic_history
          allergic_reaction psychiatric psychiatric_history mental_disorder mental_illness gravida
          gravidity antenatal postnatal postpartum fetal foetal gestational_weeks gestation_weeks
          expected_delivery_date skin_test skin_test_result discharge_summary progress_note
          nursing_record nursing_note operative_note pathology_report radiology_report
          imaging_report drug_addiction substance_abuse drug_abuse alcohol_abuse alcoholism
          blood_glucose pulse_rate blood_sugar_level pre_existing_conditions chronic_conditions medical_info medical_information medical_alert medical_clearance immunizations covid_status tested_positive hospitalized is_sick wheelchair nhs_number health_declaration
        `,
        zh: w`
          医保号 医保账号 医疗保险号 医保个人编号 医保卡 胎次 孕次 产次 孕产史 预产期 末次月经 妊娠
          精神病 精神疾病 心理疾病 抑郁症 皮试 伤情 吸毒检测 尿检 住院志 医嘱单 护理记录 出院小结
          出院记录 入院记录 病程记录 手术记录 会诊记录 麻醉记录 化验单 化验结果 检验结果 病理报告
        `,
      },
      {
        // When a patient registered at a hospital (挂号) and whether a notice is an inpatient
        // stay's (住院标识; issue 9, session 24): a medical visit's record.
        strength: 'medium',
        zh: w`挂号时间 挂号日期 住院标识 就诊记录ID 就诊记录id`,
      },
      {
        // Inside a clinical record: how a drug is taken (用法, 用量, 嘱托 as `entrust`), a
        // vaccination's dose number, a pregnancy's parity (a serial port has a `parity` too), the
        // patient's ward, nursing level and isolation (a database has an isolation level,
        // 隔离级别). Not the attending physician (主治医师): a held-out set labels that other party's
        // field none, and a service's `heartbeat` is not a pulse. A
        // vaccine's or a drug's own record (a catalogue: `VaccineProduct.doses`) opens nothing.
        strength: 'medium',
        owners: w`
          patient medical clinical prescription medication immunization vaccination vaccinated
          pregnancy prenatal maternity obstetric inpatient outpatient 处方 医嘱 接种 患者 病人 病历
          门诊 住院 孕产
        `,
        en: w`usage entrust instructions dose_number doses parity`,
        zh: w`用法 用量 剂量 频次 疗程 嘱托 隔离 病区 护理等级`,
      },
      // `parcelWeight`, `rowHeight`: only a person's own measurements, so a qualifier cancels them.
      { strength: 'weak', qualified: true, en: w`height weight bmi`, zh: ['身高', '体重'] },
      { strength: 'weak', en: w`case_no` },
      {
        strength: 'medium',
        owners: w`
          patient medical health exam checkup diagnosis clinical emr ehr inpatient outpatient 患者
          病历 体检 健康 就诊 门诊 住院 病人 encounter prescription medication immunization allergy
          处方 consultation admission discharge triage nursing vital observation investigation
          treatment symptom disease ipd opd ambulatory rounding 诊疗 医嘱 护理 检查 检验 手术
        `,
        en: w`
          height weight bmi temperature result diagnosis_name diagnosis_code icd_code
          doctor_advice chief_complaint conclusion findings admission_time admission_date
          discharge_time discharge_date visit_time visit_date dosage department_name ward
          attending_doctor blood_sugar glucose nursing_level care_level diet surgery operation_name
          anesthesia bed insurance_type admitted_at discharged_at admit_date discharge_at
          vision vision_left vision_right hearing dental reason reason_for_visit onset onset_date
          drug drug_name medicine medicine_name dose frequency route body note notes complaint
          examination examination_details treatment_plan procedure impression
          prescribed_medication medicines condition conditions pulse resp
          respiratory_rate systolic diastolic bp spo2 rbs bed_number ward_number
          status_of_illness illness_status severity reaction diag diag_name diag_code diag_result dx
          osat bpm depression glycemia pain pain_level diuresis medicament indication remarks nursing_plan
          discharge_plan admission_type admission_reason hospitalization_date evolution smoking
          alcohol drinking exercise sleep_hours drug_usage lifestyle lifestyle_info
          family_history social_history lab_test test_result test_name respiration
          physical_activity dietary_restrictions immunization vaccine vaccine_name vaccine_type
        `,
        zh: w`主诉 医嘱 结论 检查结果 入院时间 入院日期 出院时间 出院日期 就诊时间 就诊日期 科室 主治医生 血糖 费别 检测结果 检查方法`,
        pinyin: w`zdmc zdbm zs`,
      },
      { strength: 'ambiguous', pinyin: w`zd bl bs cf xx sg tz mz` },
    ],
    negatives: {
      // DOM geometry (`clientHeight`, `offsetHeight`): an element's, whatever its name says. Why
      // a row was voided, retired, deleted, cancelled or corrected is bookkeeping, not a clinical
      // reason.
      en: w`
        line_height font_weight row_height max_height min_height client_height offset_height
        scroll_height inner_height outer_height void_reason voided_reason retire_reason
        retired_reason delete_reason deleted_reason deletion_reason cancel_reason
        cancelled_reason cancellation_reason correction_reason reason_for_correction
      `,
      // A thing's weight (商品重量; a body's is 体重). A template of a clinical document (病历模板)
      // is the hospital's form, no one's record; a fingerprint template (指纹模板) is a person's.
      zh: w`重量 病历模板 病历模版 处方模板 处方模版 医嘱模板 医嘱模版 护理模板 诊断模板 检查模板`,
    },
  },
  {
    category: 'transaction',
    terms: [
      {
        // An order's totals (`OrderSummary.taxTotal`, `order.grand_total`): what the buyer paid.
        strength: 'medium',
        owners: w`order orders 订单`,
        en: w`
          total grand_total tax_total taxable_amount discount_total shipping_total
          fulfillment_total item_total
        `,
      },
      {
        // A payment's reference number (`OrderPayment.referenceNumber`, `Expense.transferReference`,
        // 第三方付款流水号; issue 9, session 23): the number the bank or the payment platform gave
        // one person's payment, a money event's own key (session 21 ruling). Named with the
        // payment it is one anywhere. Not `payment_ref`, `payment_reference` or
        // `transfer_reference` alone: validation lost a false alarm to them (session 23).
        strength: 'medium',
        en: w`
          payment_reference_number transaction_reference payment_reference_no payment_ref_no
        `,
        zh: w`付款流水号 退款流水号 付款流水 退款流水 支付流水 第三方付款流水号 第三方退款流水号 第三方支付流水号`,
      },
      {
        // The same number named without the payment, inside an order's, a payment's, a refund's,
        // an expense's, a transfer's or an invoice's record (`OrderPayment.referenceNumber`,
        // `Recharge.receivableNo` // 第三方流水). Not a bare `reference` or `ref` (a relation, a
        // note): validation lost two false alarms to them.
        strength: 'medium',
        owners: w`
          order orders payment payments refund refunds expense expenses transfer transfers charge
          invoice invoices recharge withdraw withdrawal 订单 支付 付款 退款 充值 提现
        `,
        en: w`reference_number reference_no ref_no ref_num receivable_no`,
        zh: w`第三方流水号 第三方流水 流水号`,
      },
      {
        // What a borrower paid on a loan's parts (`principalPaid`, `paid_interest`,
        // `penaltyChargesRepaid`; issue 9, session 23): their repayments. Not a count of
        // instalments paid.
        strength: 'medium',
        en: loanParts(w`principal interest penalty penalty_charges fee_charges`, w`paid repaid`, w`paid`),
      },
      {
        // Payment-API messages (prepay, charge, refund, withdrawal): their amounts and
        // numbers are one person's payment.
        strength: 'medium',
        owners: w`
          prepay charge refund withdraw cash cashout checkout fapiao profit_sharing
          提现 分账 发票 退款 预支付
        `,
        en: w`
          amount total total_amount refund_amount
          trade_no out_trade_no tax_amount money fee paid_at invoice
          shipping_amount payer_total payer_refund refund discount_refund
        `,
      },
      {
        // How an order was paid, named by its mode or channel (`pay_mode`, `paid_via`): the method
        // of one person's payment, as `payment_method` is. Not `payment_type` (a payment log's or
        // an order payment's type: validation lost 4 to it).
        strength: 'medium',
        owners: w`order orders 订单`,
        en: w`payment_mode pay_mode paid_via`,
      },
      {
        // Chinese descriptions that name a payment's number or amount outright.
        strength: 'medium',
        zh: w`
          商户订单号 第三方支付单号 支付单号 交易号 交易流水号 流水单号 退款单号 退款金额 提现金额 到账金额
          分账金额 订单总金额 订单总价 商品总价 实际付款金额 用户支付金额 发票金额 发票号
          交易单号 支付流水号
        `,
      },
      {
        // A trade's or an after-sale's own number (`tradeSn` // 交易编号, `afterSaleNo` // 售后单号;
        // issue 9, session 24): a money event's own key, as `trade_no` and `refund_no` are.
        strength: 'medium',
        en: w`trade_sn refund_sn after_sale_sn aftersale_sn after_sale_no aftersale_no`,
        zh: w`交易编号 售后单号 售后服务单号 退单编号 退款编号`,
      },
      {
        strength: 'medium',
        en: w`
          transfer_no transfer_number remittance_no donation_no donation_amount order_price
          consume_amount consumption_amount consume_money withdraw_amount withdrawal_amount
          withdraw_money withdraw_price cashout_amount cash_out_amount
        `,
        zh: w`转账单号 汇款单号 捐赠编号 捐赠金额 捐款金额 实付金额 代收货款 票价 小票号`,
      },
      {
        // A passenger's ticket number identifies one purchase (a support ticket's does not).
        strength: 'medium',
        owners: w`flight airline booking reservation passenger rail train itinerary 航班 机票 车票 乘客 旅客`,
        en: w`ticket_no ticket_number eticket_no e_ticket_no`,
        zh: w`票号 电子客票号 客票号`,
      },
      {
        // Treating e-commerce/express order records as 交易信息 is practice (FROM MEMORY): contested.
        // Receiver names and addresses inside an order are classified as name and address.
        strength: 'medium',
        contest: 'ecommerce_order',
        en: w`
          consignee waybill_no tracking_no tracking_number express_no logistics_no shipment_no
          ship_sn ship_no shipping_sn shipping_no delivery_sn express_sn logistics_sn waybill_sn
          tracking_sn
        `,
        zh: w`快递单号 运单号 物流单号 快递单 面单`,
        pinyin: w`kddh ydh wldh`,
      },
      {
        // A tracking id is a parcel's only where goods are shipped; elsewhere it follows an
        // application, a registration or a visitor (`Registration.trackingId`).
        strength: 'medium',
        contest: 'ecommerce_order',
        owners: w`
          order orders ship shipment shipping parcel package delivery express logistics waybill
          fulfillment fulfilment consignment 订单 快递 物流 运单 包裹
        `,
        en: w`tracking_id shipping_tracking_id`,
      },
      {
        strength: 'low',
        contest: 'ecommerce_order',
        en: w`order_no order_number order_sn trade_no out_trade_no booking_no reservation_no`,
        zh: ['订单号', '订单编号'],
        pinyin: ['ddh', 'ddbh'],
      },
      {
        strength: 'medium',
        en: w`
          payment_record payment_history purchase_history purchase_record trade_flow trade_record
          transaction_record transaction_history transaction_flow consumption_record
          spending_record bill_record order_history buy_history entrust_no entrust_id deal_no
          total_spend total_spent total_consumption total_orders order_count purchase_count
        `,
        zh: w`交易记录 消费记录 支付记录 交易流水 资金流水 购买记录 订单记录 账单 消费明细 充值记录 交易摘要 成交记录 委托记录 成交总价 成交金额 委托编号 委托号 缴费记录 缴费金额 缴费时间 缴费日期`,
        pinyin: w`jyjl xfjl zfjl jyls gmjl`,
      },
      {
        // A money event's own number is that event's in any record that holds it (a ticket's,
        // a referral's or a journal entry's `transaction_id`), as `order_no` is below.
        strength: 'medium',
        en: w`transaction_id refund_id refund_no out_refund_no invoice_id`,
      },
      {
        strength: 'medium',
        owners: w`
          order payment pay trade transaction bill purchase invoice refund recharge consumption
          trip ride booking reservation stay entrust deal execution fill cdr call lease rental
          tenancy consultation inpatient admission buyer sale donation gift pledge transfer remittance
          withdrawal enrollment enrolment repayment subscribe redeem redemption charging parking
          settlement 订单 交易 支付 账单 还款 申购 赎回 停车 充电
          消费 充值 退款 行程 入住 订房 委托 成交 购房 租赁 话单 捐赠 捐款
        `,
        en: w`
          amount total_amount paid_amount pay_amount order_amount paid_at pay_time payment_time
          pay_method payment_method pay_channel fare total_fee actual_amount refund_amount
          deposit_amount deposit trade_time transaction_time trade_date transaction_date trade_amount
          transaction_amount counterparty counterparty_account payee payer merchant_name
          fee total_fee total_cost cost charge deal_price deal_qty deal_amount entrust_price
          entrust_qty trade_price trade_qty rent monthly_rent rent_amount consult_fee deal_date deal_time
          entrust_time apply_time down_payment earnest_money amount_due items_total
          subtotal sub_total cod_amount ticket_price receipt_no receipt_number actual_price
          pay_price paid_price total_price real_price final_price amount_paid
          postage freight shipping_fee delivery_fee pay_total
          money
        `,
        zh: w`
          金额 支付金额 实付金额 订单金额 支付方式 支付时间 付款时间 交易时间 交易金额 车费 实付车费 押金 交易日期
          交易对手 对方账户 收款方 付款方 商户名称 付款方式 签约日期 签约时间 成交价 成交总价 总价 摘要
          成交日期 成交时间 定金 首付款 首付 买卖合同编号 委托时间 申请时间 应付金额 应收金额 商品总额
          停车费 充电费 支付渠道 付款渠道 在线支付 货到付款 余额支付
        `,
      },
      {
        // What a patient is charged for a prescription (issue 9, branch `det-work2`): their payment
        // for care, as an inpatient's is. A drug's catalogue price is the hospital's.
        strength: 'medium',
        owners: w`prescription prescriptions 处方`,
        en: w`price total_price money fee charge cost amount`,
        zh: w`总价 费用 金额`,
      },
      {
        // A ledger or statement entry's amount is money moving on someone's account.
        strength: 'medium',
        owners: w`entry entries journal ledger statement 流水 分录`,
        en: w`amount`,
      },
      {
        // A price inside an order or a trip is what that buyer or rider paid (`food_price` of a
        // homestay order); a product's own price is the shop's.
        strength: 'medium',
        owners: w`order orders booking reservation trip ride 订单 行程`,
        en: w`price current_price`,
      },
      {
        // A securities trade or fill: what was traded, which way, at what price.
        strength: 'medium',
        owners: w`trade entrust deal execution fill 委托 成交`,
        en: w`price qty quantity direction side commission volume stamp_duty`,
        zh: w`委托价格 委托数量 成交价格 成交数量 买卖方向 佣金`,
      },
      { strength: 'ambiguous', pinyin: ['ls'] },
    ],
    // An order's record key links rows; the order's number, amounts and times are the record.
    // A database's distributed transaction (Seata's undo log) is not anyone's payment.
    negatives: {
      // A card's payment account reference (PAR, EMVCo) names the card's account, not a payment.
      en: w`order_id order_ids global_transaction_id branch_transaction_id payment_account_reference payment_account_ref`,
      zh: [],
    },
  },
  {
    // Face data apart from other biometrics: only face information carries the filing duty.
    category: 'face',
    inherentlyPersonal: true,
    terms: [
      {
        strength: 'strong',
        en: w`
          face_image face_photo face_picture face_feature face_features face_template face_data
          face_token face_vector face_embedding face_id face_img face_pic face_snapshot face_verify_photo
        `,
        zh: w`人脸 人脸照片 人脸图片 人脸图像 人脸特征 面部特征 面部识别 刷脸`,
        pinyin: w`rlzp rltz rlxx`,
      },
      // Photos of a person's face whatever holds them: a bareheaded photo, an employee's photo,
      // the photo taken when a loan was signed face to face. Not 正面照 (an ID card's or a car's
      // front side: 身份证正面照片 is the card's image).
      { strength: 'medium', zh: w`免冠照 免冠照片 面签照片 员工照片 本人照片` },
    ],
    negatives: { en: w`face_id_enabled`, zh: [] },
  },
  {
    category: 'biometric',
    inherentlyPersonal: true,
    terms: [
      {
        // Consumer genetic tests: what the genome says about ancestry is read from the genome.
        strength: 'medium',
        owners: w`gene genes genetic genetics dna genome genomic genotype snp 基因`,
        en: w`ancestry ancestry_composition haplogroup raw_data raw_chip_data`,
        zh: w`祖源 祖源成分 单倍群`,
      },
      {
        strength: 'strong',
        en: w`
          voiceprint voice_print iris iris_scan iris_code
          palmprint palm_print palm_vein finger_vein gait dna dna_sequence gene genetic genome
          genotype retina fingerprint_template fingerprint_image fingerprint_data biometric
          biometrics
        `,
        zh: w`指纹 声纹 虹膜 掌纹 掌静脉 指静脉 步态 基因 生物识别`,
        pinyin: w`zwxx swtz`,
      },
      // In code a fingerprint is usually a hash (keys, builds, findings): a person must own it.
      { strength: 'weak', qualified: true, en: ['fingerprint', 'finger_print'] },
      { strength: 'ambiguous', pinyin: w`zw sw hm` },
    ],
    negatives: { en: w`key_fingerprint cert_fingerprint file_fingerprint`, zh: [] },
  },
];
