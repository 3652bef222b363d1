/**
 * Place names: province-level divisions, prefecture-level cities (short forms, without 市/州/盟)
 * and the districts and county-level cities most often seen in exports (Ningbo's first: the
 * tool grew from a study of Ningbo judgments). Many start with a common surname (宁波, 金华, 江门, 常州…), so
 * without this list a column of cities reads as personal names.
 */

const CITIES =
  // Hebei, Shanxi, Inner Mongolia
  '石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 大同 阳泉 长治 晋城 朔州 晋中 ' +
  '运城 忻州 临汾 吕梁 呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 兴安 锡林郭勒 ' +
  '阿拉善 ' +
  // Liaoning, Jilin, Heilongjiang
  '沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛 长春 吉林 四平 辽源 通化 ' +
  '白山 松原 白城 延边 哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 大兴安岭 ' +
  // Jiangsu, Zhejiang, Anhui, Fujian, Jiangxi, Shandong
  '南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 杭州 宁波 温州 嘉兴 湖州 绍兴 ' +
  '金华 衢州 舟山 台州 丽水 合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 ' +
  '池州 宣城 福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 ' +
  '宜春 抚州 上饶 济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 ' +
  // Henan, Hubei, Hunan, Guangdong, Guangxi, Hainan
  '郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源 ' +
  '武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 仙桃 潜江 天门 神农架 长沙 株洲 ' +
  '湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西 广州 韶关 深圳 珠海 汕头 佛山 江门 ' +
  '湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮 南宁 柳州 桂林 梧州 北海 ' +
  '防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左 海口 三亚 三沙 儋州 ' +
  // Sichuan, Guizhou, Yunnan, Tibet
  '成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 阿坝 ' +
  '甘孜 凉山 贵阳 六盘水 遵义 安顺 毕节 铜仁 黔西南 黔东南 黔南 昆明 曲靖 玉溪 保山 昭通 丽江 普洱 ' +
  '临沧 楚雄 红河 文山 西双版纳 大理 德宏 怒江 迪庆 拉萨 日喀则 昌都 林芝 山南 那曲 阿里 ' +
  // Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang
  '西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 ' +
  '庆阳 定西 陇南 临夏 甘南 西宁 海东 海北 黄南 果洛 玉树 海西 银川 石嘴山 吴忠 固原 中卫 乌鲁木齐 ' +
  '克拉玛依 吐鲁番 哈密 昌吉 博尔塔拉 巴音郭楞 阿克苏 克孜勒苏 喀什 和田 伊犁 塔城 阿勒泰 石河子';

const DISTRICTS =
  // Ningbo
  '海曙 江北 北仑 镇海 鄞州 奉化 余姚 慈溪 宁海 象山 ' +
  // Hangzhou and other Zhejiang county-level cities
  '上城 拱墅 西湖 滨江 萧山 余杭 临平 钱塘 富阳 临安 桐庐 淳安 建德 义乌 诸暨 乐清 瑞安 温岭 永康 海宁 ' +
  '桐乡 ' +
  // Beijing, Shanghai
  '东城 西城 海淀 丰台 石景山 门头沟 房山 通州 顺义 昌平 大兴 怀柔 平谷 密云 延庆 黄浦 徐汇 长宁 静安 ' +
  '普陀 虹口 杨浦 闵行 宝山 嘉定 浦东 金山 松江 青浦 奉贤 崇明 ' +
  // Well-known county-level cities elsewhere
  '昆山 江阴 张家港 常熟 晋江 石狮 顺德 南海';

const PROVINCE_FORMS =
  '北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 ' +
  '海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门';

/** Province-level divisions, short forms (the full forms start with these). */
export const PROVINCE_SHORT_NAMES: readonly string[] = PROVINCE_FORMS.split(' ');

const PLACES = new Set([...PROVINCE_SHORT_NAMES, ...CITIES.split(' '), ...DISTRICTS.split(' ')]);
const UNIT_SUFFIX = /(?:省|市|区|县|州|盟|地区|自治州|自治区|特别行政区)$/;

/**
 * Whether `value` is the name of a province, prefecture-level city or well-known district,
 * with or without its unit (宁波, 宁波市, 浙江省, 鄞州区).
 */
export function isPlaceName(value: string): boolean {
  const v = value.trim();
  if (PLACES.has(v)) return true;
  const bare = v.replace(UNIT_SUFFIX, '');
  return bare !== v && PLACES.has(bare);
}

/** The place names, exposed for test-data generators. */
export const PLACE_NAMES: readonly string[] = [...PLACES];
