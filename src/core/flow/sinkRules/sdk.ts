/**
 * Calls that hand their arguments to a third party's SDK: analytics, push, SMS, maps, crash
 * reporting, payments, identity checks, support desks. Each vendor names where its service runs
 * (sinks.ts reads them, before the other kinds: they are more specific).
 */
import { ALL, CS, JS, P, PY, type SinkRuleInput } from './schema.js';

export const SDK_SINKS: readonly SinkRuleInput[] = [
  {
    kind: 'sdk',
    vendor: 'Sensors Data',
    region: 'mainland',
    // Held on a field (`this.sa`, Go's `d.sa`); the Go and C# SDKs capitalise their methods.
    callee: String.raw`${P}(?:sensors|sa|sensorsdata|SensorsDataAPI\.sharedInstance\(\))\.(?:track|login|identify|setProfile|profileSet|profileSetOnce|registerPage|registerSuperProperties|Track|TrackSignup|ProfileSet|ProfileSetOnce|ItemSet)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'GrowingIO',
    region: 'mainland',
    callee: String.raw`gio|(?:gio|growingio|GrowingIO|GrowingIO\.getInstance\(\))\.(?:track|setUserId|setLoginUserId|setPeople|setPeopleVariable|setUserAttributes|setEvar)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Umeng',
    region: 'mainland',
    callee: String.raw`(?:umeng|uma|aplus|MobclickAgent)\.(?:onEvent|onEventObject|trackEvent|onProfileSignIn|setUserProfile|track)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Firebase',
    region: 'abroad',
    // The Android SDK's singletons too (`FirebaseCrashlytics.getInstance().setUserId(…)`).
    callee: String.raw`logEvent|setUserId|setUserProperties|${P}(?:analytics|firebaseAnalytics|crashlytics|FirebaseCrashlytics\.getInstance\(\)|FirebaseAnalytics\.getInstance\(\))\.(?:logEvent|setUserId|setUserProperty|setUserProperties|setCustomKey|log)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Mixpanel',
    region: 'abroad',
    // Held on a field (`self._mp`) too.
    callee: String.raw`mixpanel(?:\.people)?\.(?:track|identify|register|alias|set|set_once|people_set)|${P}_?(?:mixpanel|mp)\.(?:track|alias|people_set|people_set_once|people_append)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Segment',
    region: 'abroad',
    callee: String.raw`(?:analytics|segment)\.(?:track|identify|page|group|alias)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'JPush',
    region: 'mainland',
    callee: String.raw`(?:JPush|jpush|jPush|JPushInterface)\.\w+`,
    languages: ['java', 'go', 'kotlin', 'csharp'],
  },
  {
    kind: 'sdk',
    vendor: 'JPush',
    region: 'mainland',
    // Node's server SDK (`jpush-async`, `jpush-sdk`): not its payload builders (`JPush.alias(…)`,
    // `JPush.android(…)`), which only make what the push carries; the push built on `push()` is
    // sent by the chain's `send()`, which carries what the chain was given (jsCall.ts).
    callee: String.raw`(?:JPush|jpush|jPush|JPushInterface)\.(?!(?:alias|tag|tag_and|tag_not|audience|notification|android|ios|winphone|message|sms_message|options|registration_id|segment|abtest|buildClient|push)$)\w+|(?:JPush|jpush|jPush|jpushClient|client)\.push\(\)(?:\.\w+\(\))*\.send`,
    languages: JS,
  },
  {
    kind: 'sdk',
    vendor: 'JPush',
    region: 'mainland',
    // Python's server SDK: not its payload builders (`jpush.alias(…)`, `jpush.notification(…)`);
    // the push is sent by the push object's `send()` (a writer below).
    callee: String.raw`(?:JPush|jpush)\.(?!(?:alias|tag|tag_and|tag_not|audience|notification|android|ios|message|platform|all_|registration_id|options|create_push)$)\w+`,
    languages: PY,
  },
  {
    kind: 'sdk',
    vendor: 'Getui',
    region: 'mainland',
    callee: String.raw`(?:getui|Getui|GeTui|PushManager\.getInstance\(\))\.\w+`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Alibaba Cloud SMS',
    region: 'mainland',
    callee: String.raw`${P}(?:sendSms|sendSmsWithOptions|send_sms|sendBatchSms)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Alibaba Cloud',
    region: 'mainland',
    // Python's core SDK (`aliyunsdkcore`): an `AcsClient` sends a request built on it (SMS, OCR,
    // real-name checks); the method is the SDK's own.
    callee: String.raw`${P}do_action_with_exception`,
    languages: PY,
  },
  {
    kind: 'sdk',
    vendor: 'Tencent Cloud SMS',
    region: 'mainland',
    callee: String.raw`${P}(?:SendSms|SendSmsWithOptions)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'AMap',
    region: 'mainland',
    callee: String.raw`(?:AMap|amap)\.[\w.]+`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Baidu Maps',
    region: 'mainland',
    callee: String.raw`(?:BMap|BMapGL)\.[\w.]+`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Bugly',
    region: 'mainland',
    callee: String.raw`(?:Bugly|bugly|CrashReport)\.(?:setUserId|putUserData|postCatchedException|setUserSceneTag|log)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Sentry',
    region: 'unknown',
    // .NET's static `SentrySdk` capitalises its methods.
    callee: String.raw`(?:Sentry|sentry_sdk|sentry)\.(?:captureException|captureMessage|capture_exception|capture_message|setUser|set_user|setContext|set_context|setExtra|set_extra|setTag|set_tag|addBreadcrumb|add_breadcrumb)|SentrySdk\.(?:CaptureMessage|CaptureException|AddBreadcrumb|ConfigureScope)`,
    languages: ALL,
  },
  // Payments, identity checks, support desks and push services called through their SDK clients.
  {
    kind: 'sdk',
    vendor: 'Alipay',
    region: 'mainland',
    callee: String.raw`${P}(?:alipay|alipaySdk|alipaySDK|alipayClient)\.(?:exec|curl|pageExec|sdkExec|execute|pageExecute|sdkExecute|certificateExecute)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Tencent Cloud Face ID',
    region: 'mainland',
    // The API's own action names, on whatever client holds them.
    callee: String.raw`${P}(?:IdCardVerification|IdCardOCRVerification|DetectAuth|PhoneVerification|BankCardVerification|BankCard4EVerification|CheckIdCardInformation|LivenessCompare)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Firebase',
    region: 'abroad',
    // The Admin SDK's `messaging` in Node and Python (`from firebase_admin import messaging`).
    callee: String.raw`${P}(?:messaging\(\)|getMessaging\(\)|messaging|fcm)\.(?:send|sendMulticast|sendEach|sendEachForMulticast|sendToDevice|sendToTopic|send_each|send_each_for_multicast|send_multicast)`,
    languages: [...JS, ...PY],
  },
  {
    kind: 'sdk',
    vendor: 'Zendesk',
    region: 'abroad',
    callee: String.raw`${P}(?:zendesk|zendeskClient)\.(?:tickets|users|requests)\.(?:create|update|createOrUpdate)`,
    languages: JS,
  },
  {
    kind: 'sdk',
    vendor: 'Amplitude',
    region: 'abroad',
    callee: String.raw`(?:amplitude|amplitudeClient)\.(?:track|identify|setUserId|logEvent)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Twilio',
    region: 'abroad',
    callee: String.raw`(?:MessageResource|CallResource)\.Create(?:Async)?`,
    languages: CS,
  },
];
