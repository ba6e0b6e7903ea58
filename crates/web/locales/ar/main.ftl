# Bayiri — رسائل الواجهة باللغة العربية (العربية الفصحى المعاصرة).
# Keys are grouped by page; domain words (stages, categories…) are at the end.

## Frame
skip-to-content = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-home = عملي
nav-cases = الملفات
nav-register = تسجيل
nav-users = المستخدمون
nav-audit = سجل التدقيق
nav-account = حسابي
nav-logout = تسجيل الخروج
language = اللغة
language-apply = تغيير
language-browser = حسب إعدادات المتصفح
back-home = الرجوع إلى عملي

## Common words
yes = نعم
no = لا
any = الكل
unknown = غير معروف
none = لا شيء
nobody = لا أحد
someone = شخص آخر
system = Bayiri (النظام)
none-yet = لم يُسجَّل شيء بعد.
save = حفظ
choose = اختر…
since = منذ
restricted = اطلاع مقيَّد
what-to-do = ما يجب فعله:
pages = الصفحات
page-first = → الصفحة الأولى
page-next = الصفحة التالية ←
form-has-errors = يرجى تصحيح الحقول المميَّزة
answer-from-date-of-birth = حسب تاريخ الميلاد
answer-not-applicable = لا ينطبق (شخص بالغ)
answer-unknown = غير معروف

## Login
login-title = تسجيل الدخول
login-intro = يحتوي Bayiri على بيانات شخصية لأشخاص في أوضاع هشّة. سجّل الدخول بحسابك الخاص فقط.
login-username = اسم المستخدم
login-password = كلمة المرور
login-submit = دخول
login-failed = اسم المستخدم أو كلمة المرور غير صحيحة.
login-rate-limited = محاولات فاشلة كثيرة جدًا. أعد المحاولة لاحقًا (مدة الانتظار بالدقائق: { $minutes }).
login-expired = انتهت صلاحية نموذج تسجيل الدخول. يرجى المحاولة مرة أخرى.

## Home
home-title = عملي
home-mine = ملفاتي حسب المرحلة
home-mine-none = لا يوجد أي ملف مُسنَد إليك.
home-mine-all = { $count ->
    [zero] لا توجد ملفات مُسنَدة إليّ
    [one] ملفي الوحيد
    [two] ملفّاي الاثنان
    [few] جميع ملفاتي ({ $formatted } ملفات)
    [many] جميع ملفاتي ({ $formatted } ملفًا)
   *[other] جميع ملفاتي ({ $formatted } ملف)
}
home-overdue = المتأخرة
home-overdue-hint = ملفات بقيت في مرحلتها مدة أطول من المتوقع.
home-overdue-none = لا يوجد أي ملف متأخر.
home-overdue-all = جميع الملفات المتأخرة
home-recent = عُدِّلت مؤخرًا
home-recent-none = لم يُعدَّل أي ملف مؤخرًا.

## Case list
cases-title = الملفات
cases-search = البحث بالاسم أو برقم الملف
cases-search-hint = بأي تهجئة مسجَّلة وبأي نظام كتابة؛ مثلًا Diallo أو NER-2026-000123.
cases-filter = عرض
cases-only-mine = ملفاتي فقط
cases-only-overdue = الملفات المتأخرة فقط
cases-results = النتائج
cases-none = لا يوجد ملف مطابق.

## Case page
case-title = الملف
person-title = الشخص
case-closed-as = سبب الإغلاق:
case-needs = الاحتياجات الخاصة وأوجه الضعف
case-needs-none = لم تُسجَّل أي احتياجات خاصة.
case-vulnerabilities = أوجه الضعف
case-vulnerabilities-none = لم يُحدَّد أي وجه من أوجه الضعف.
case-screened-on = أُجري التقييم في
case-screen = تقييم أوجه الضعف
case-next = ما يمكن فعله الآن
case-next-none = لا يتاح لدورك أي إجراء في هذه المرحلة.
case-blocked = متعذّر حاليًا
case-close = إغلاق الملف
case-reopen = إعادة فتح الملف
case-counselling = جلسات الإرشاد
case-counselling-add = تسجيل جلسة إرشاد
case-consents = الموافقات
case-consent-add = تسجيل موافقة
consent-withdraw = تسجيل سحب هذه الموافقة
consent-withdraw-then = بعد السحب
consent-withdrawn-on = سُحبت في
case-concerns = شواغل الحماية
case-concern-add = الإبلاغ عن شاغل حماية
concern-close = إغلاق هذا الشاغل
case-referrals = الإحالات
case-referral-add = تسجيل إحالة
case-child = حماية الطفل
case-guardian-set = تسجيل الوصي
case-best-interests = تقييمات مصلحة الطفل الفضلى
case-best-interests-add = تسجيل تقييم لمصلحة الطفل الفضلى
case-documents = وثائق السفر
case-document-add = تسجيل وثيقة سفر
case-decision = قرار الإعادة
case-decision-set = تسجيل قرار الإعادة
case-person = الشخص
case-family = أفراد الأسرة المشمولون في الملف
case-family-none = يعود الشخص بمفرده.
case-timeline = سجل الأحداث

## Outcomes of forms
done-registered = سُجِّل الشخص وفُتح الملف.
done-move = انتقل الملف إلى مرحلة أخرى.
done-close = أُغلق الملف.
done-reopen = أُعيد فتح الملف.
done-counselling = سُجِّلت جلسة الإرشاد.
done-consent = سُجِّلت الموافقة.
done-withdraw = سُجِّل سحب الموافقة.
done-screening = سُجِّل تقييم أوجه الضعف.
done-concern = سُجِّل شاغل الحماية.
done-concern-close = أُغلق شاغل الحماية.
done-referral = سُجِّلت الإحالة.
done-guardian = سُجِّل الوصي.
done-best-interests = سُجِّل تقييم مصلحة الطفل الفضلى.
done-document = سُجِّلت وثيقة السفر.
done-decision = سُجِّل قرار الإعادة.
done-password = تم تغيير كلمة المرور، وأُنهيت جلساتك الأخرى.
done-user-created = أُنشئ المستخدم.
done-user-disabled = عُطِّل المستخدم وأُنهيت جلساته.

## Refusals on a case
case-error-guards-unmet = لا يمكن نقل الملف بعد: انظر أدناه ما يمنع ذلك.
case-error-transition-not-allowed = هذا الانتقال غير ممكن من المرحلة الحالية.
case-error-case-closed = الملف مغلق؛ أعد فتحه أولًا.
case-error-case-not-closed = الملف غير مغلق.
case-error-closure-reason-not-allowed = لا يمكن إغلاق الملف بهذا السبب في مرحلته الحالية.
case-error-record-not-found = لم يعد هذا العنصر موجودًا في الملف.
case-error-consent-already-withdrawn = سبق سحب هذه الموافقة.
case-error-concern-already-closed = سبق إغلاق هذا الشاغل.
case-error-already-departed = سبق أن غادر الشخص.
case-error-not-voluntary-return = الموافقة على العودة تخص حالات العودة الطوعية فقط.
case-error-not-forced-return = قرار الإعادة يخص حالات العودة القسرية فقط.
case-error-change-not-allowed-at-stage = لا يمكن تغيير هذا في المرحلة الحالية للملف.
case-error-nothing-to-change = لم يُغيَّر أي شيء.

## Screening
screening-title = تقييم أوجه الضعف
screening-intro = اطرح الأسئلة بلغة الشخص، وبالاستعانة بمترجم شفوي عند الحاجة. الإجابات سرية ولا يطّلع عليها إلا من يحتاج إليها.
screening-current = النتيجة الحالية:
screening-trafficking = مؤشرات الاتجار بالبشر
screening-trafficking-hint = ضع علامة على ما يذكره الشخص أو ما لاحظته بنفسك.
screening-other = الصحة والوضع
screening-save = حفظ التقييم
q-under-18 = هل عمر الشخص أقل من 18 سنة؟
q-under-18-hint = أجب فقط إذا كان تاريخ الميلاد لا يحسم الأمر. عند الشك، يُعامَل الشخص معاملة الطفل.
q-with-parent = هل يسافر الطفل مع أحد والديه أو مع من يرعاه عادةً؟
q-with-parent-hint = الطفل الذي يسافر من دونهم قاصر غير مصحوب أو منفصل.
q-accommodation = هل لدى الشخص مكان آمن للإقامة عند الوصول؟
q-identified-victim-of-trafficking = ضحية اتجار بالبشر حدّدتها سلطة مختصة
q-disability = لديه إعاقة
q-uses-wheelchair = يستخدم كرسيًا متحركًا
q-serious-medical-condition = يعاني من حالة صحية خطيرة
q-needs-medical-escort = يحتاج إلى مرافقة طبية للسفر
q-pregnant = حامل
q-single-woman-or-female-head-of-household = امرأة وحيدة أو امرأة تعيل أسرتها
q-survivor-of-violence-or-torture = من الناجين من العنف أو التعذيب
q-needs-interpreter = يحتاج إلى مترجم شفوي

## Registration
register-title = تسجيل شخص وفتح ملف
register-intro = اكتب الأسماء كما يكتبها الشخص وينطقها. يمكن تصحيح كل ما هنا لاحقًا.
register-person = الشخص
register-case = العودة
register-submit = التسجيل وفتح الملف

## Fields
field-number = رقم الملف
field-person = الشخص
field-stage = المرحلة
field-category = فئة العودة
field-route = من ← إلى
field-priority = الأولوية
field-flag = الوسم
field-host-country = البلد المضيف
field-return-country = بلد العودة
field-relation = صلة الشخص ببلد العودة
field-community = مجتمع العودة
field-region = المنطقة (المستوى الإداري 1)
field-pcode = P-code
field-pcode-hint = إن كان معروفًا، مثلًا GN6
field-locality = المدينة أو القرية
field-opened = تاريخ الفتح
field-in-stage-since = في هذه المرحلة منذ
field-case-worker = المكلَّف بالملف
field-given-names = الاسم الشخصي
field-family-name = اسم العائلة
field-original-given-names = الاسم الشخصي بالحروف العربية
field-original-family-name = اسم العائلة بالحروف العربية
field-original-hint = إذا كان الشخص يكتب اسمه بالحروف العربية
field-as-spoken = نطق الاسم
field-as-spoken-hint = لمساعدة المترجمين الشفويين وموظفي الاستقبال
field-alias = يُعرف أيضًا باسم
field-sex = الجنس
field-date-of-birth = تاريخ الميلاد
field-date-of-birth-hint = YYYY-MM-DD (السنة-الشهر-اليوم)، أو السنة فقط (YYYY)
field-precision = درجة الدقة
field-nationality = الجنسية
field-claimed-nationality = الجنسية (كما صرّح بها)
field-languages = اللغات التي يتحدثها
field-language = اللغة
field-phone = الهاتف
field-phone-hint = مع رمز البلد، مثلًا +227 90 12 34 56
field-place-of-birth = مكان الميلاد
field-registered-in = بلد التسجيل
field-guardian = الوصي
field-guardian-name = اسم الوصي
field-guardian-kind = صفة الوصي
field-organisation = المنظمة
field-contact = وسيلة الاتصال
field-held-on = تاريخ الجلسة
field-mode = الطريقة
field-interpreter = المترجم الشفوي
field-interpreter-hint = اسمه، إن تمت الاستعانة بمترجم
field-topics = المعلومات المقدَّمة
field-notes = ملاحظات
field-recorded = سجّله
field-purpose = موضوع الموافقة
field-given-on = تاريخ إعطائها
field-method = طريقة إعطائها
field-witness = الشاهد
field-witness-hint = إلزامي للموافقة الشفهية
field-scope = ما تمت الموافقة عليه بالتحديد
field-concern-kind = نوع الشاغل
field-description = الوصف
field-resolution = كيف حُلّ
field-service = الخدمة
field-provider = الجهة المحال إليها
field-sent-on = تاريخ الإرسال
field-status = الحالة
field-note = ملاحظة
field-assessed-on = تاريخ التقييم
field-assessed-by = أجرى التقييم
field-outcome = النتيجة
field-summary = الملخّص
field-document-kind = الوثيقة
field-document-number = الرقم
field-issuing-country = بلد الإصدار
field-country-hint = رمز من ثلاثة أحرف، مثلًا GIN
field-issued-on = تاريخ الإصدار
field-expires-on = تاريخ انتهاء الصلاحية
field-reference = المرجع
field-authority = السلطة
field-decided-on = تاريخ القرار
field-reason = السبب
field-closure-reason = لماذا أُغلق الملف؟
field-username = اسم المستخدم
field-name = الاسم
field-role = الدور
field-countries = البلدان
field-initial-password = كلمة المرور الأولية
field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة
field-new-password-hint = 12 حرفًا على الأقل؛ العبارة أسهل في التذكر
field-new-password-again = أعد كتابة كلمة المرور الجديدة
field-action = الإجراء
field-target = العنصر
field-from = من
field-to = إلى
field-when = متى
field-who = مَن
field-correlation = الطلب

## Nationality
nationality-claimed = كما صرّح بها، غير متحقَّق منها
nationality-verified = متحقَّق منها

## Account
account-title = حسابي
account-you = بياناتك
account-password = تغيير كلمة المرور الخاصة بي
account-password-change = تغيير كلمة المرور
account-sessions = الجلسات
account-sessions-hint = تنتهي الجلسات تلقائيًا بعد 12 ساعة. إذا استخدمت Bayiri على جهاز مشترك أو مفقود، فأنهِ جميع الجلسات الآن.
account-logout-everywhere = تسجيل الخروج من جميع الأجهزة

## Users
users-title = مستخدمو منظمتي
users-new = مستخدم جديد
users-create = إنشاء المستخدم
user-active = نشط
user-disabled = معطَّل
user-disable = تعطيل
user-disable-confirm = هل تريد تعطيل هذا المستخدم وإنهاء جميع جلساته؟

## Audit
audit-title = سجل التدقيق
audit-none = لا يوجد قيد مطابق.

## Errors
error-title = حدث خطأ ما
error-reference = المرجع لفريق الدعم:
error-not-found-title = غير موجود
error-not-found = لا يوجد شيء هنا، أو أنه لا يتبع منظمتك أو بلدانك.
error-forbidden-title = غير مسموح
error-forbidden = دورك لا يسمح بذلك.
error-version-conflict-title = تغيّر في الأثناء
error-version-conflict = عدّل شخص آخر هذا العنصر بينما كنت تعمل عليه. أعد تحميله ثم طبّق تعديلك مرة أخرى.
error-unavailable-title = غير متاح مؤقتًا
error-unavailable = تعذّر الوصول إلى قاعدة البيانات. حاول مرة أخرى بعد قليل.
error-rate-limited-title = محاولات كثيرة جدًا
error-rate-limited = محاولات كثيرة جدًا. انتظر بضع دقائق ثم حاول مرة أخرى.
error-csrf-title = انتهت صلاحية النموذج
error-csrf = انتهت صلاحية هذا النموذج أو أنه لم يصدر عن Bayiri. ارجع إلى الصفحة السابقة وأعد تحميلها ثم حاول مرة أخرى.
error-bad-request-title = طلب غير مفهوم
error-bad-request = تعذّر فهم الطلب.
error-internal-title = خطأ داخلي
error-internal = حدث خطأ غير متوقع، وقد سُجِّل؛ اذكر المرجع أدناه إذا أبلغت عنه.

## Invalid input (by code)
invalid-required = هذا الحقل إلزامي.
invalid-name-required = أدخل على الأقل الاسم الشخصي أو اسم العائلة.
invalid-invalid-country = اختر بلدًا.
invalid-invalid-language = اختر لغة.
invalid-invalid-date = أدخل التاريخ بصيغة YYYY-MM-DD.
invalid-date-in-future = هذا التاريخ في المستقبل.
invalid-invalid-date-of-birth = أدخل تاريخًا (YYYY-MM-DD) أو سنة (YYYY).
invalid-date-of-birth-in-future = تاريخ الميلاد في المستقبل.
invalid-date-of-birth-too-old = تاريخ الميلاد يعود إلى أكثر من 120 سنة.
invalid-too-long = هذا النص طويل جدًا.
invalid-invalid-characters = يحتوي هذا النص على أحرف غير مسموح بها.
invalid-invalid-phone = أدخل رقم الهاتف مع رمز البلد، مثلًا +227 90 12 34 56.
invalid-invalid-email = هذا ليس عنوان بريد إلكتروني.
invalid-invalid-document-number = رقم الوثيقة يتكون من حروف وأرقام فقط.
invalid-invalid-pcode = يبدأ P-code بحرفين، مثلًا GN6.
invalid-witness-required = الموافقة الشفهية تتطلب اسم شاهد.
invalid-expires-before-issue = تاريخ انتهاء صلاحية الوثيقة يسبق تاريخ إصدارها.
invalid-same-as-host-country = يجب أن يختلف بلد العودة عن البلد المضيف.
invalid-outside-your-scope = هذا البلد ليس من البلدان المسندة إليك.
invalid-unknown-person = هذا الشخص غير موجود.
invalid-reason-required = أدخل السبب.
invalid-invalid-flag = يتكون الوسم من حروف لاتينية صغيرة أو أرقام أو شرطات سفلية فقط.
invalid-password-too-short = يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل.
invalid-password-too-weak = اختر كلمة مرور غير مبنية على اسم المستخدم.
invalid-password-too-long = كلمة المرور طويلة جدًا.
invalid-wrong-password = كلمة المرور الحالية غير صحيحة.
invalid-passwords-differ = كلمتا المرور الجديدتان غير متطابقتين.
invalid-invalid-username = يتكون اسم المستخدم من 3 إلى 64 حرفًا: حروف لاتينية صغيرة أو أرقام أو نقاط أو شرطات أو شرطات سفلية.
invalid-username-taken = اسم المستخدم هذا مستخدَم بالفعل.
invalid-cannot-disable-self = لا يمكنك تعطيل حسابك الخاص.
invalid-no-issuing-office = ليس لدى منظمتك مكتب يمكنه إصدار رقم الملف.

## Months
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## Stages
stage-registered = مسجَّل
stage-counselling = الإرشاد
stage-decided = اتُّخذ القرار
stage-pre-departure = التحضير للمغادرة
stage-departed = تمت المغادرة
stage-arrived = تم الوصول
stage-reintegration = إعادة الإدماج
stage-monitoring = المتابعة
stage-closed = مغلق
move-to-registered = الرجوع إلى التسجيل
move-to-counselling = بدء الإرشاد
move-to-decided = تسجيل قرار العودة
move-to-pre-departure = التحضير للمغادرة
move-to-departed = تسجيل المغادرة
move-to-arrived = تسجيل الوصول
move-to-reintegration = بدء إعادة الإدماج
move-to-monitoring = بدء المتابعة
move-to-closed = إغلاق
move-back-registered = الرجوع إلى التسجيل
move-back-counselling = الرجوع إلى الإرشاد

## Return categories
category-assisted-voluntary-return-and-reintegration = العودة الطوعية المساعَدة وإعادة الإدماج
category-voluntary-humanitarian-return = العودة الإنسانية الطوعية
category-assisted-voluntary-return = العودة الطوعية المساعَدة
category-forced-return = العودة القسرية
category-spontaneous-return = العودة التلقائية
category-end-of-labour-contract = العودة عند انتهاء عقد العمل
category-refugee-repatriation = الإعادة الطوعية للاجئين إلى أوطانهم
relation-origin = بلد المنشأ
relation-transit = بلد العبور
relation-third-country = بلد ثالث آخر
priority-normal = عادية
priority-high = مرتفعة
priority-urgent = عاجلة
closure-completed = اكتمال الملف
closure-withdrew = انسحاب الشخص
closure-lost-contact = انقطاع الاتصال
closure-re-migrated = هجرة من جديد
closure-deceased = وفاة
closure-transferred = نقل الملف
closure-ineligible = عدم الأهلية

## People
sex-female = أنثى
sex-male = ذكر
sex-other = آخر
sex-unknown = غير معروف
precision-exact = دقيق
precision-year-only = السنة فقط
precision-estimated = تقديري
relationship-spouse = زوج أو زوجة
relationship-child = ابن أو ابنة
relationship-parent = أب أو أم
relationship-sibling = أخ أو أخت
relationship-other-relative = قريب آخر
relationship-household-member = فرد من الأسرة المعيشية
contact-phone = الهاتف
contact-email = البريد الإلكتروني
contact-address = العنوان
contact-messaging = تطبيق مراسلة
id-document-passport = جواز السفر
id-document-national-id-card = بطاقة الهوية الوطنية
id-document-birth-certificate = شهادة الميلاد
id-document-consular-card = البطاقة القنصلية
id-document-residence-permit = تصريح الإقامة
id-document-emergency-travel-document = وثيقة سفر طارئة
id-document-laissez-passer = جواز مرور (Laissez-passer)
id-document-other = وثيقة أخرى
role-administrator = مسؤول النظام
role-counsellor = مرشد
role-consular-officer = موظف قنصلي
role-reception-officer = موظف استقبال
role-reintegration-officer = موظف إعادة الإدماج
role-monitor = موظف المتابعة
role-me-analyst = محلل الرصد والتقييم
role-data-protection-officer = مسؤول حماية البيانات

## Counselling and consent
mode-in-person = حضوريًا
mode-phone = عبر الهاتف
mode-video = عبر الفيديو
topic-return-process = كيف تجري العودة
topic-reintegration-assistance = المساعدة على إعادة الإدماج
topic-right-to-seek-asylum = الحق في طلب اللجوء
topic-situation-in-country-of-return = الوضع في بلد العودة
topic-travel-arrangements = ترتيبات السفر
topic-right-to-withdraw = الحق في تغيير الرأي
topic-health-and-special-needs = الصحة والاحتياجات الخاصة
topic-data-protection = كيفية استخدام البيانات الشخصية
purpose-return = العودة
purpose-data-processing = معالجة البيانات الشخصية
purpose-data-sharing-with-authorities = مشاركة البيانات مع سلطات بلد العودة
purpose-data-sharing-with-service-providers = مشاركة البيانات مع مقدمي الخدمات
purpose-follow-up-contact = التواصل مع الشخص بعد العودة
method-signature = التوقيع
method-thumbprint = بصمة الإبهام
method-witnessed-oral = شفهيًا، بحضور شاهد
outcome-back-to-counselling = يستمر الإرشاد
outcome-close-case = يغادر الشخص البرنامج (يُغلق الملف)

## Protection
concern-non-refoulement-risk = خطر الإعادة القسرية
concern-pending-asylum-claim = طلب لجوء قيد النظر
concern-suspensive-appeal = طعن ذو أثر موقِف
concern-other = شاغل آخر
service-anti-trafficking = مساعدة ضحايا الاتجار بالبشر
service-child-protection = حماية الطفل
service-medical = الرعاية الطبية
service-psychosocial = الدعم النفسي والاجتماعي
service-legal = المساعدة القانونية
service-shelter = المأوى
service-asylum = إجراءات اللجوء
service-other = خدمة أخرى
referral-status-sent = أُرسلت
referral-status-accepted = قُبلت
referral-status-declined = رُفضت
referral-status-completed = اكتملت
guardian-kind-parent = أحد الوالدين
guardian-kind-relative = أحد الأقارب
guardian-kind-appointed-legal-guardian = وصي قانوني معيَّن
guardian-kind-child-protection-authority = سلطة لحماية الطفل
bia-return-in-best-interests = العودة تحقق مصلحة الطفل الفضلى
bia-return-not-in-best-interests = العودة لا تحقق مصلحة الطفل الفضلى
document-passport = جواز السفر
document-emergency-travel-document = وثيقة سفر طارئة
document-laissez-passer = جواز مرور (Laissez-passer)

## Screening results
vulnerability-unaccompanied-or-separated-child = قاصر غير مصحوب أو منفصل
vulnerability-presumed-victim-of-trafficking = ضحية مفترضة للاتجار بالبشر
vulnerability-elderly = شخص مسنّ
vulnerability-disability = شخص ذو إعاقة
vulnerability-serious-medical-condition = حالة صحية خطيرة
vulnerability-single-woman-or-female-headed-household = امرأة وحيدة أو أسرة تعيلها امرأة
vulnerability-survivor-of-violence-or-torture = من الناجين من العنف أو التعذيب
vulnerability-pregnant = امرأة حامل
need-escort = مرافقة
need-medical-escort = مرافقة طبية
need-guardian = وصي
need-interpreter = مترجم شفوي
need-wheelchair = كرسي متحرك
need-shelter-on-arrival = مأوى عند الوصول
indicator-deceived-about-work-or-conditions = الخداع بشأن العمل أو ظروفه
indicator-documents-confiscated = مصادرة الوثائق
indicator-debt-bondage = عبودية الدَّين
indicator-restricted-movement = تقييد حرية التنقل
indicator-threats-or-violence = تهديدات أو عنف
indicator-no-control-over-earnings = عدم التحكم في الأجر
indicator-forced-labour = العمل القسري
indicator-sexual-exploitation = الاستغلال الجنسي

## Guards (why a move is blocked, and what to do)
guard-counselling-missing = يجب أن تكون العودة الطوعية قرارًا مستنيرًا، ولا توجد أي جلسة إرشاد مسجَّلة.
guard-counselling-missing-remedy = سجّل جلسة إرشاد أُجريت بلغة يفهمها الشخص.
guard-consent-missing = تتطلب العودة الطوعية موافقة مسجَّلة من الشخص على العودة، ولا توجد أي موافقة سارية.
guard-consent-missing-remedy = سجّل موافقة الشخص على العودة.
guard-return-decision-missing = لا يمكن تنفيذ العودة القسرية إلا بموجب قرار إعادة واجب التنفيذ، ولا يوجد أي قرار مسجَّل.
guard-return-decision-missing-remedy = سجّل قرار الإعادة.
guard-trafficking-referral-missing = يُفترض أن الشخص ضحية للاتجار بالبشر، ويجب أولًا إحالته إلى مساعدة متخصصة.
guard-trafficking-referral-missing-remedy = سجّل إحالة إلى خدمات مساعدة ضحايا الاتجار بالبشر.
guard-protection-concern-open = يوجد شاغل حماية مفتوح (خطر الإعادة القسرية أو طلب لجوء أو طعن ذو أثر موقِف): لا يجوز ترحيل أي شخص ما دام الشاغل مفتوحًا.
guard-protection-concern-open-remedy = انتظر حتى يُحَلّ؛ وبعد ذلك يغلقه موظف مخوَّل.
guard-guardian-missing = الشخص قاصر غير مصحوب أو منفصل، ولا يوجد أي وصي مسجَّل.
guard-guardian-missing-remedy = سجّل وصي الطفل.
guard-best-interests-assessment-missing = الشخص قاصر غير مصحوب أو منفصل، ولا يوجد أي تقييم مسجَّل لمصلحة الطفل الفضلى.
guard-best-interests-assessment-missing-remedy = اطلب إجراء تقييم لمصلحة الطفل الفضلى ثم سجّله.
guard-best-interests-against-return = خلص آخر تقييم لمصلحة الطفل الفضلى إلى أن العودة لا تحقق مصلحته الفضلى.
guard-best-interests-against-return-remedy = لا يجوز إعادة الطفل؛ ولا تسجّل تقييمًا جديدًا إلا إذا تغيّر الوضع.
guard-travel-document-missing = لا توجد أي وثيقة سفر مسجَّلة.
guard-travel-document-missing-remedy = سجّل جواز السفر أو وثيقة السفر الطارئة أو جواز المرور.
guard-travel-document-not-valid = لا توجد وثيقة سفر مسجَّلة صالحة اليوم.
guard-travel-document-not-valid-remedy = اطلب وثيقة سفر جديدة.
guard-protection-requirement-unmet = أحد متطلبات الحماية لم يُستوفَ بعد.
guard-protection-requirement-unmet-remedy = يمكن للمرشد المكلَّف بالملف الاطلاع عليه واتخاذ اللازم.

## Timeline
event-case-opened = فُتح الملف
event-details-updated = عُدِّلت البيانات
event-stage-changed = تغيّرت المرحلة
event-case-closed = أُغلق الملف
event-case-reopened = أُعيد فتح الملف
event-counselling-recorded = جلسة إرشاد
event-consent-recorded = سُجِّلت الموافقة
event-consent-withdrawn = سُحبت الموافقة
event-screening-recorded = سُجِّل تقييم أوجه الضعف
event-protection-concern-raised = أُبلغ عن شاغل حماية
event-protection-concern-closed = أُغلق شاغل الحماية
event-referral-recorded = إحالة
event-guardian-appointed = سُجِّل الوصي
event-best-interests-assessed = تقييم مصلحة الطفل الفضلى
event-travel-document-recorded = وثيقة سفر
event-return-decision-recorded = سُجِّل قرار الإعادة

## Audit actions
action-case-read-sensitive = الاطلاع على بيانات حساسة
action-case-create = فتح ملف
action-case-update = تعديل ملف
action-case-transition = نقل ملف إلى مرحلة أخرى
action-case-reopen = إعادة فتح ملف
action-case-counselling-record = تسجيل جلسة إرشاد
action-case-consent-record = تسجيل موافقة
action-case-consent-withdraw = سحب موافقة
action-case-screening-record = تسجيل تقييم أوجه الضعف
action-case-protection-concern-raise = الإبلاغ عن شاغل حماية
action-case-protection-concern-close = إغلاق شاغل حماية
action-case-referral-record = تسجيل إحالة
action-case-guardian-appoint = تسجيل وصي
action-case-best-interests-record = تسجيل تقييم لمصلحة الطفل الفضلى
action-case-travel-document-record = تسجيل وثيقة سفر
action-case-return-decision-record = تسجيل قرار الإعادة
action-person-create = تسجيل شخص
action-person-update = تعديل بيانات شخص
action-user-create = إنشاء مستخدم
action-user-disable = تعطيل مستخدم
action-user-set-language = اختيار اللغة
action-auth-login = تسجيل الدخول
action-auth-login-failed = فشل تسجيل الدخول
action-auth-logout = تسجيل الخروج
action-auth-logout-everywhere = تسجيل الخروج من جميع الأجهزة
action-auth-password-changed = تغيير كلمة المرور
