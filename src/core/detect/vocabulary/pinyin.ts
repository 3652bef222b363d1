/**
 * Pinyin words of Chinese hospital and government schemas (issue 9). Such systems name fields
 * in pinyin written in camel case, whole syllables mixed with the initials of abbreviated ones
 * (`xingMing` 姓名, `chuShengRQ` 出生日期, `lianXiRDZ` 联系人地址, `huKouDZSFMC`
 * 户口地址省份名称). Each word is listed once, by its syllables; the identifier is read back
 * into Chinese (`src/core/detect/pinyin.ts`) and the Chinese vocabulary decides what it is, so
 * these words carry no category of their own. Validated by zod at load.
 */
import { z } from 'zod';
import { HAN } from '../../text/han.js';
import { w } from './words.js';

const syllables = z.string().regex(/^[a-z]+( [a-z]+)*$/, 'pinyin syllables separated by spaces, no tones');
const han = z.string().regex(new RegExp(`^[${HAN}]+$`), 'Chinese characters only');

/** Syllables (`xian zhu zhi`) → the Chinese word they spell (`现住址`). */
export const PINYIN_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries(
    z.record(syllables, han).parse({
      // Words that qualify or key the others, first: among words of as many syllables the first
      // listed wins, and `XX` is far more often 信息 than 血型, `SJ` 时间 than 手机.
      'guan xi': '关系',
      'xin xi': '信息',
      'qi ta': '其他',
      'ming cheng': '名称',
      'dai ma': '代码',
      'ri qi': '日期',
      'shi jian': '时间',
      'ci shu': '次数',
      'lei bie': '类别',
      'lei xing': '类型',
      'jian dang': '建档',
      'zu zhi ji gou': '组织机构',
      'you bian': '邮编',
      'sheng fen': '省份',
      'shi di qu': '市地区',
      'xian qu': '县区',
      'xiang zhen': '乡镇',
      'cun ji': '村级',
      // A person and who they are.
      'xing ming': '姓名',
      'quan pin': '全拼',
      'jian pin': '简拼',
      'shu ru ma': '输入码',
      'xing bie': '性别',
      'chu sheng ri qi': '出生日期',
      'chu sheng di': '出生地',
      'nian ling': '年龄',
      'hun yin': '婚姻',
      'zhi ye': '职业',
      'guo ji': '国籍',
      'min zu': '民族',
      'ji guan': '籍贯',
      'ji guan di zhi': '籍贯地址',
      'xue li': '学历',
      'xue xing': '血型',
      // Documents.
      'zheng jian': '证件',
      'zheng jian lei xing': '证件类型',
      'zheng jian hao ma': '证件号码',
      'shen fen zheng': '身份证',
      'shen fen zheng hao': '身份证号',
      // Contact and places.
      'lian xi': '联系',
      'lian xi ren': '联系人',
      'lian xi dian hua': '联系电话',
      'dian hua': '电话',
      'shou ji': '手机',
      'shou ji hao': '手机号',
      'hao ma': '号码',
      'you xiang': '邮箱',
      'di zhi': '地址',
      'xian zhu zhi': '现住址',
      'jia ting zhu zhi': '家庭住址',
      'hu kou': '户口',
      'hu kou di zhi': '户口地址',
      // Work. A person's work unit (单位) with its address and phone is their employer, as the
      // field lexicon rules it: these systems' 单位 is 工作单位, and its parts read as it.
      'dan wei': '工作单位',
      'dan wei di zhi': '工作单位',
      'dan wei dian hua': '工作单位',
      'dan wei ming cheng': '工作单位',
      'dan wei you bian': '工作单位',
      'gong zuo dan wei': '工作单位',
      // People of a record.
      'bing ren': '病人',
      'huan zhe': '患者',
      'yong hu': '用户',
      'fang wen ren': '访问人',
      'shou cang ren': '收藏人',
      'jian dang ren': '建档人',
      'yi sheng': '医生',
      // Clinical.
      'men zhen': '门诊',
      'ji zhen': '急诊',
      'zhu yuan': '住院',
      'zhu yuan hao': '住院号',
      'men zhen hao': '门诊号',
      'jiu zhen': '就诊',
      'zhen duan': '诊断',
      'ke shi': '科室',
      'guo min': '过敏',
      'bing shi': '病史',
    }),
  ),
);

/**
 * Words naming a detail of the word before them (`现住址 其他 信息`, `姓名 全拼`, `户口 邮编`):
 * the field is read as that word.
 */
export const PINYIN_DETAILS: ReadonlySet<string> = new Set(w`名称 信息 其他 全拼 简拼 邮编`);

/**
 * Parts of a place (`户口地址 省份 名称`): the part's name is read as the place before it, and
 * its code (`省份 代码`) is a reference to a region, like `province_code`.
 */
export const PINYIN_PLACE_PARTS: ReadonlySet<string> = new Set(w`省份 市地区 县区 乡镇 村级`);
