import type { NameTradition } from './tradition';

/**
 * Whether a name is written in Hanyu Pinyin with a common Chinese surname first ("Zhou Ping", "Ouyang
 * Ziyuan"). Used only as the last resort for a person's country when the text names none, on boards whose
 * home country is China: there, such a name is almost always a Chinese official.
 */

/** Common surnames in pinyin (the hundred or so that cover most of the population, plus compound ones). */
const SURNAMES = new Set(
  `wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang
  han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren shen yao
  jin fu zhong cui tan lu fan wan shi qian dai jia xia fang kong bai qiu qin hou xiong meng yan mo hao gong
  shao wen niu long duan lei ni tao gu mao hao gou kang zou bao ke yin chang qi nie geng ouyang situ sima
  ge gan xiang lai qiao yi bi chai jiao ji shang zhai ou lan mi pei rao shan xin yue zang zuo ai an bian bu
  chu cong di dou fei gai guan hua huo jian jing ju kou kuang lang leng lian ling liao lou lv man mei miao
  min mu ning pang ping pu qu quan rong ruan sang sha she shu si tong tu xi xing xue ying yong you yun zha
  zhan zhen zhuang zhuo zong zu
  zhuge shangguan murong dongfang huangfu`.split(/\s+/),
);

const INITIALS = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
const FINALS =
  '(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u|v|ü)';
const SYLLABLES = new RegExp(`^(?:${INITIALS}${FINALS}){1,2}$`);

export function isPinyinName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const [surname, ...given] = words.map((w) => w.toLowerCase().replace(/['’-]/g, ''));
  return !!surname && SURNAMES.has(surname) && given.every((g) => SYLLABLES.test(g));
}

/** Chinese names in Hanyu Pinyin: a common surname first, then one or two syllables ("Zhou Ping"). */
export const CHINESE: NameTradition = {
  id: 'chinese',
  isName: isPinyinName,
  country: 'CN',
  hasSurname: (word) => SURNAMES.has(word.toLowerCase()),
};
