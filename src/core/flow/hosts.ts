/**
 * Where a destination host is: mainland China, abroad, or unknown. A small table of vendor
 * domains (their own public API hosts) and country-code TLDs, as data. Hong Kong, Macau and
 * Taiwan TLDs stay `unknown`: the reference does not say how the cross-border rules treat them.
 * Generic TLDs (`.com`, `.io`) say nothing about where a server is.
 */
import { z } from 'zod';
import { regionSchema, type Region } from './sinks.js';

const hostTableSchema = z.object({
  domains: z.record(z.string().min(3), regionSchema),
  tlds: z.record(z.string().min(2), regionSchema),
});

const HOSTS = hostTableSchema.parse({
  domains: {
    // Mainland vendors (analytics, push, SMS, maps, crash reporting, cloud APIs).
    'sensorsdata.cn': 'mainland',
    'growingio.com': 'mainland',
    'umeng.com': 'mainland',
    'umeng.cn': 'mainland',
    'jpush.cn': 'mainland',
    'getui.com': 'mainland',
    'igexin.com': 'mainland',
    'aliyuncs.com': 'mainland',
    'aliyun.com': 'mainland',
    'tencentcloudapi.com': 'mainland',
    'qcloud.com': 'mainland',
    'amap.com': 'mainland',
    'autonavi.com': 'mainland',
    'map.baidu.com': 'mainland',
    'api.map.baidu.com': 'mainland',
    'bugly.qq.com': 'mainland',
    'weixin.qq.com': 'mainland',
    'alipay.com': 'mainland',
    // Vendors whose service runs abroad.
    'mixpanel.com': 'abroad',
    'segment.io': 'abroad',
    'segment.com': 'abroad',
    'googleapis.com': 'abroad',
    'google-analytics.com': 'abroad',
    'firebaseio.com': 'abroad',
    'amplitude.com': 'abroad',
    'sentry.io': 'abroad',
    'stripe.com': 'abroad',
    'twilio.com': 'abroad',
    'sendgrid.com': 'abroad',
    'amazonaws.com': 'unknown',
  },
  tlds: {
    cn: 'mainland',
    中国: 'mainland',
    us: 'abroad',
    uk: 'abroad',
    de: 'abroad',
    fr: 'abroad',
    jp: 'abroad',
    kr: 'abroad',
    sg: 'abroad',
    eu: 'abroad',
    ru: 'abroad',
    in: 'abroad',
    au: 'abroad',
    ca: 'abroad',
    hk: 'unknown',
    mo: 'unknown',
    tw: 'unknown',
  },
});

/** AWS names its China regions in the host (`cn-north-1`, `.amazonaws.com.cn`). */
const CLOUD_REGION =
  /\.(?:cn-north-1|cn-northwest-1)\.|cn-(?:hangzhou|shanghai|beijing|shenzhen|qingdao|zhangjiakou|chengdu|guangzhou)/;
const ABROAD_REGION =
  /\.(?:us|eu|ap|sa|ca|me|af)-(?:east|west|north|south|central|northeast|southeast|northwest|southwest)-\d\./;

/** A URL's host after an optional scheme; made once (a literal in a function is a new RegExp per call). */
const URL_HOST = /^(?:[a-z][a-z0-9+.-]{0,15}:)?\/\/([^/?#:\s'"`]{1,253})/i;

/** The host of a URL-looking string (`https://api.x.com/p`, `//x.com`), lower-cased. */
export function hostOf(literal: string): string | undefined {
  // Most literals are no URL: one without `//` is answered without a trimmed copy or a match.
  if (!literal.includes('//')) return undefined;
  const m = URL_HOST.exec(literal.trim());
  return m?.[1]?.toLowerCase();
}

/** mainland, abroad or unknown for a host name. */
export function classifyHost(host: string): Region {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (CLOUD_REGION.test(h) || h.endsWith('.amazonaws.com.cn')) return 'mainland';
  if (ABROAD_REGION.test(`.${h}.`)) return 'abroad';
  const labels = h.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const region = HOSTS.domains[labels.slice(i).join('.')];
    if (region !== undefined) return region;
  }
  return HOSTS.tlds[labels[labels.length - 1] ?? ''] ?? 'unknown';
}

/** `true` abroad, `false` mainland, `null` unknown: the JSON's `crossBorder`. */
export function crossBorderOf(region: Region | undefined): boolean | null {
  return region === 'abroad' ? true : region === 'mainland' ? false : null;
}
