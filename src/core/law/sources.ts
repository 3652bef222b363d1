/**
 * Published material behind the contests and the partially verified points
 * (listed under "Published sources" in docs/legal-basis.md). None of it is authority: it is
 * where a reader can check that a reading exists. `official` marks an excerpt of an official page.
 */
import type { SourceId } from './schema.js';

export interface SourceInfo {
  /** A short label for hovers, in each language. */
  readonly label: { readonly en: string; readonly zh: string };
  /** What the source says, for docs/legal-basis.md. */
  readonly title: string;
  readonly url: string;
  readonly official?: true;
}

export const SOURCES: Readonly<Record<SourceId, SourceInfo>> = {
  rmfyb_gc193: {
    label: { en: '人民法院报 (GC 193 report)', zh: '《人民法院报》（指导性案例193号报道）' },
    title: '人民法院报: report of the 35th batch of guiding cases (GC 193, 闻巍等侵犯公民个人信息案)',
    url: 'http://www.zglzfzyjh.com/newsshow.asp?id=9568',
  },
  rmsf_gc193: {
    label: { en: '人民司法 2024 (GC 193)', zh: '《人民司法》2024（指导性案例193号）' },
    title: '人民司法 2024: 《闻巍等侵犯公民个人信息案》的理解与参照',
    url: 'http://xsba.vip/xsal/rmsf/2023-2026/rmsf202402008.htm',
  },
  zhang_guixiang_2022: {
    label: { en: '张贵湘, 行政与法 2022', zh: '张贵湘，《行政与法》2022' },
    title: '张贵湘, 行政与法 2022(6): bundles of address, ID number and phone under item (4)',
    url: 'https://fx361.com/page/2022/0625/10480186.shtml',
  },
  rmsf_gc192: {
    label: { en: '人民司法 2024 (GC 192)', zh: '《人民司法》2024（指导性案例192号）' },
    title: '人民司法 2024: understanding and applying GC 192 (face information)',
    url: 'http://xsba.vip/xsal/rmsf/2023-2026/rmsf202402004.htm',
  },
  jcrb_card_info: {
    label: { en: '检察日报 (card information)', zh: '《检察日报》（信用卡信息）' },
    title: '检察日报: 成套银行卡资料宜定性为“信用卡信息” (1 card is a crime, 5 cards 3 years or more)',
    url: 'https://kpfans.com/article/bOWYo040vG.html',
  },
  wu_chaoling_2018: {
    label: { en: '吴超令, 中国检察官 2018', zh: '吴超令，《中国检察官》2018' },
    title: '吴超令, 中国检察官 2018: whether a card number is property information',
    url: 'https://m.fx361.cc/news/2018/0419/3417517.html',
  },
  qzzylawyer_2025: {
    label: { en: 'law-firm note, 2025', zh: '律师事务所评论（2025）' },
    title: 'Law-firm note 2025: financial-account credentials as property information, one set as one piece',
    url: 'http://qzzylawyer.com/show-185.aspx',
  },
  jsjc_two_direct_2024: {
    label: { en: '江苏省人民检察院 2024', zh: '江苏省人民检察院（2024）' },
    title: '江苏省人民检察院 2024: the “两个直接” test for property information',
    url: 'https://ycxs.jsjc.gov.cn/tslm/yufang/202411/t20241111_1675376.shtml',
  },
  jcrb_real_estate_2018: {
    label: { en: '检察日报 2018 (伍晋)', zh: '《检察日报》2018（伍晋）' },
    title: '检察日报 2018 (伍晋): homeowner information split between classes A, B and C',
    url: 'http://xsba.vip/xfsw/jcrb/jcrb2018090903.htm',
  },
  spp_real_estate_2023: {
    label: { en: '检察日报 2023 (尤雨新)', zh: '《检察日报》2023（尤雨新）' },
    title: '检察日报 2023 (尤雨新): 检例第140号 and the classes of homeowner information',
    url: 'https://www.spp.gov.cn/spp/ztk/dfld/202311/t20231129_639453.shtml',
  },
  guangyuan_buyers: {
    label: { en: '广元中院', zh: '广元市中级人民法院' },
    title: '广元中院: home buyers’ information as transaction information (class B)',
    url: 'https://flbkb.com/falvda/lvshiwenji/wwzl7k.html',
  },
  lei_lanjun_2020: {
    label: { en: '雷澜珺, 中国检察官 2020', zh: '雷澜珺，《中国检察官》2020' },
    title: '雷澜珺, 中国检察官 2020(1): what 行踪轨迹信息 covers',
    url: 'http://www.fzithome.com/xitong/1713562747a479452.html',
  },
  hkhtsy_whereabouts: {
    label: { en: 'case commentary (whereabouts)', zh: '案例评析（行踪轨迹信息）' },
    title: 'Case commentary on what counts as whereabouts information',
    url: 'https://hkhtsy.com/ad3c1ce7219a6f5f/32701b7a3c2f56fd.html',
  },
  wen_xiao_2022: {
    label: { en: '文进宝、肖冬梅 2022', zh: '文进宝、肖冬梅（2022）' },
    title: '文进宝、肖冬梅 2022, on the scope of whereabouts information',
    url: 'https://m.fx361.com/news/2022/0707/16710995.html',
  },
  jsfz_orders_2025: {
    label: { en: '江苏法治 2025', zh: '江苏法治（2025）' },
    title: '江苏法治 2025: orders with only name, phone and address as ordinary PI',
    url: 'https://jsnews.jschina.com.cn/zt2024/fzsxxxpt/pfkt/yasf/202507/t20250703_3566448.shtml',
  },
  yu_haisong_counting: {
    label: { en: 'SPC Research Office commentary (喻海松)', zh: '最高人民法院研究室释义（喻海松）' },
    title: 'SPC Research Office commentary (喻海松) on counting pieces, reproduced',
    url: 'http://lawyer.9ask.cn/lvshi/zhaoqitai/case_36686.html',
  },
  jingtian_45574: {
    label: { en: '竞天公诚 2025', zh: '竞天公诚律师事务所（2025）' },
    title: '竞天公诚 2025: GB/T 45574-2025 no longer lists the ID number alone as sensitive',
    url: 'https://www.jingtian.com/Content/2025/07-11/1746198502.html',
  },
  tc260_guide_2024: {
    label: { en: 'TC260 guide 2024', zh: '全国网络安全标准化技术委员会指引（2024）' },
    title: 'TC260 2024 guide on identifying sensitive PI',
    url: 'https://cagd.gov.cn/v/2024/09/5783.html',
  },
  sicsi_minors_audit: {
    label: { en: "SICSI (minors' audit)", zh: 'SICSI（未成年人合规审计）' },
    title: 'SICSI: the minors’ PI compliance audit and the CAC announcement of 2025-12-29',
    url: 'https://www.sicsi.org.cn/opinion/1263',
  },
  secrss_minors_audit: {
    label: { en: "Secrss (minors' audit)", zh: '安全内参（未成年人合规审计）' },
    title: 'Secrss: reporting minors’ PI compliance audits to the city-level CAC',
    url: 'https://www.secrss.com/articles/86570',
  },
  cac_face_2025: {
    label: { en: 'CAC announcement (face filing)', zh: '国家网信办公告（人脸识别备案）' },
    title: 'CAC announcement on face-recognition filing, quoting Measures Art. 15',
    url: 'https://www.cac.gov.cn/2025-05/30/c_1750315544241157.htm',
    official: true,
  },
  cac_cert_2025: {
    label: { en: 'CAC release 2025-10-17', zh: '国家网信办发布（2025年10月17日）' },
    title:
      'CAC release of 2025-10-17: Measures for the Certification of Personal Information Provided Abroad',
    url: 'http://www.cac.gov.cn/2025-10/17/c_1762449729745366.htm',
    official: true,
  },
};
