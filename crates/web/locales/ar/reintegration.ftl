# إعادة الإدماج: تقييم الاحتياجات، الخطط والدفعات، البرامج، الدليل والإحالات،
# الفرص، المتابعة ودرجات الاستدامة.

nav-plans = خطط بانتظار الموافقة
nav-programmes = البرامج
nav-directory = الدليل
nav-referrals = الإحالات الواردة
role-service-provider = مقدّم خدمات
field-country = البلد

## Closed lists
need-level-none = لا حاجة
need-level-low = منخفض
need-level-medium = متوسط
need-level-high = مرتفع
item-type-business-start-up = بدء مشروع تجاري
item-type-vocational-training = التدريب المهني
item-type-education = التعليم
item-type-housing = السكن
item-type-medical-care = الرعاية الطبية
item-type-psychosocial-support = الدعم النفسي والاجتماعي
item-type-legal-aid = المساعدة القانونية
item-type-family-tracing = البحث عن أفراد الأسرة
item-type-job-placement = الإلحاق بوظيفة
item-type-community-project = مشروع مجتمعي
item-type-other = أخرى
modality-cash = نقداً
modality-in-kind = عينياً
plan-kind-individual = فردية
plan-kind-collective = جماعية
plan-kind-community = مجتمعية
plan-status-draft = مسودة
plan-status-submitted = بانتظار الموافقة
plan-status-approved = موافَق عليها
plan-status-completed = مكتملة
service-type-business-support = دعم المشاريع
service-type-vocational-training = التدريب المهني
service-type-education = التعليم
service-type-housing = السكن
service-type-medical = الرعاية الطبية
service-type-psychosocial = الدعم النفسي والاجتماعي
service-type-legal = المساعدة القانونية
service-type-family-tracing = البحث عن أفراد الأسرة
service-type-job-placement = الإلحاق بوظيفة
service-type-micro-credit = القروض الصغرى
service-type-shelter = المأوى
service-type-child-protection = حماية الطفل
service-type-anti-trafficking = مساعدة ضحايا الاتجار بالبشر
follow-up-status-due = مستحقة
follow-up-status-done = منجزة
follow-up-status-cancelled = ملغاة
opportunity-kind-job = وظيفة
opportunity-kind-training = مقعد تدريبي
opportunity-kind-credit = برنامج قروض
opportunity-kind-value-chain = سلسلة قيمة
survey-method-home-visit = زيارة منزلية
survey-method-office-visit = زيارة إلى المكتب
survey-method-phone = مكالمة هاتفية
survey-answer-dont-know = لا يعرف
survey-answer-refused = رفض الإجابة
org-kind-government = حكومة
org-kind-international-organisation = منظمة دولية
org-kind-ngo = منظمة غير حكومية
org-kind-consulate = قنصلية
org-kind-private-sector = القطاع الخاص
org-kind-micro-finance = التمويل الأصغر
org-kind-training-centre = مركز تدريب

## Case page section
reint-section = إعادة الإدماج
reint-after-arrival = تبدأ إعادة الإدماج بعد وصول العائد.
reint-needs = تقييم الاحتياجات
reint-needs-add = تسجيل تقييم للاحتياجات
reint-economic = اقتصادي
reint-social = اجتماعي
reint-psychosocial = نفسي واجتماعي
reint-composite = مركّب
reint-need-level = مستوى الحاجة
reint-skills = المهارات
reint-skills-hint = مفصولة بفواصل
reint-education = المستوى التعليمي
reint-family-situation = الوضع العائلي
reint-priorities = الأولويات
reint-plans = خطط إعادة الإدماج
reint-plan-add = إعداد مسودة خطة إعادة الإدماج
reint-no-programme = لا يغطي أي برنامج نشط لمنظمتك هذا الملف.
reint-programme = البرنامج
reint-plan-kind = نوع الخطة
reint-other-cases = العائدون الآخرون في خطة جماعية
reint-other-cases-hint = أرقام ملفاتهم، مفصولة بفواصل
reint-plan-title = الخطة
reint-items = البنود
reint-items-hint = اترك الصف فارغاً إن لم تكن بحاجة إليه
reint-item-type = البند
reint-budget = الميزانية
reint-modality = نقداً أو عينياً
reint-opportunity = الفرصة المرتبطة
reint-milestones = المعالم
reint-milestones-hint = تُصرف كل دفعة مقابل معلم؛ ومجموع المعالم يغطي الميزانية
reint-milestone = المعلم
reint-due-on = تاريخ الاستحقاق
reint-amount = المبلغ
reint-plan-save = حفظ المسودة
reint-plan-change = تعديل الخطة
reint-plan-save-changes = حفظ التعديلات
reint-referrals = الإحالات إلى مقدّمي الخدمات
reint-no-provider = لا يوجد في الدليل بعدُ أي مقدّم خدمات يعمل في هذا البلد.
reint-refer = الإحالة إلى مقدّم خدمات
reint-provider = مقدّم الخدمات
reint-service = الخدمة
reint-referral-reason = سبب الإحالة
reint-referral-reason-hint = يرى مقدّم الخدمات هذا النص، واسم العائد ولغاته وهاتفه ومكان عودته — ولا شيء غير ذلك
reint-refer-send = إرسال الإحالة
reint-follow-ups = المتابعات
reint-month = { $count ->
    [zero] { $formatted } شهر
    [one] شهر واحد
    [two] شهران
    [few] { $formatted } أشهر
    [many] { $formatted } شهراً
   *[other] { $formatted } شهر
}
reint-overdue = متأخرة
reint-not-scored = دون درجة
reint-unweighted = غير مرجّح
reint-re-migrations = الهجرة من جديد
reint-re-migration-add = تسجيل هجرة من جديد
reint-re-migration-hint = سُجّل العائد من جديد في الخارج. تنتهي المتابعة ويُغلق الملف بسبب «هجرة من جديد».
reint-re-migration-country = البلد الذي سُجّل فيه من جديد
reint-learned-on = تاريخ العلم بذلك
reint-source = المصدر (من أبلغ عن ذلك)
reint-re-migration-save = التسجيل وإنهاء المتابعة

## Ceilings
reint-over-ceiling = تتجاوز الخطة الحدود القصوى للبرنامج:
reint-breach-per-person = المجموع ({ $planned }) يتجاوز الحد المسموح به لمستفيدي الخطة ({ $allowed }).
reint-breach-item-type = المبلغ المخصص لبند { $item } ({ $planned }) يتجاوز الحد المسموح به ({ $allowed }).
reint-breach-cash = المبلغ النقدي ({ $planned }) يتجاوز الحصة النقدية للبرنامج ({ $allowed }).

## Plan page
reint-plan-title-page = خطة إعادة الإدماج
reint-beneficiaries = المستفيدون
reint-total = الميزانية الإجمالية
reint-paid = المدفوع
reint-reached-on = تاريخ التحقق
reint-not-reached = لم يتحقق بعد
reint-left = المتبقي للدفع
reint-reach = تسجيل المعلم كمتحقّق
reint-pay = صرف دفعة
reint-paid-on = تاريخ الصرف
reint-proof = إثبات الدفع
reint-proof-hint = إيصال أو صورة: JPEG أو PNG أو PDF، بحد أقصى 5 ميغابايت لكل ملف
reint-pay-save = تسجيل الدفع
reint-tranches = الدفعات المصروفة
reint-approval = الموافقة
reint-drafted = أُعدّت المسودة
reint-submitted = قُدّمت
reint-approved = تمت الموافقة
reint-returned = أُعيدت للتعديل
reint-submit = تقديم للموافقة
reint-four-eyes = أعددتَ هذه الخطة أو عدّلتها: يوافق عليها موظف آخر.
reint-approve = الموافقة على الخطة
reint-return = إعادة للتعديل
reint-return-note = ما يجب تغييره
reint-return-send = إعادة الخطة
reint-plans-title = خطط بانتظار الموافقة
reint-plans-waiting = بانتظار الموافقة
reint-plans-none = لا توجد خطة بانتظار الموافقة.
reint-plans-mine = عملتَ عليها

## Programmes
reint-programmes-title = البرامج
reint-programmes-none = لا توجد برامج بعد.
reint-programme-change = تعديل
reint-programme-new = تحديد برنامج
reint-programme-code-hint = أحرف كبيرة وأرقام وشرطات؛ لا يتغير أبداً
reint-programme-countries-hint = رموز ISO لبلدان العودة، مفصولة بمسافات (SEN GIN)
reint-programme-categories = فئات العودة المؤهلة
reint-programme-categories-hint = إن لم تُحدَّد أي فئة: جميع الفئات
reint-programme-currencies = العملات والحدود القصوى للفرد والميزانيات
reint-programme-currencies-hint = سطر لكل عملة يدفع بها البرنامج؛ يمكن ترك الميزانية فارغة
reint-ceiling-per-person = الحد الأقصى للفرد
reint-programme-item-ceilings = الحدود القصوى حسب نوع البند
reint-programme-item-ceilings-hint = اختياري؛ بإحدى العملات أعلاه
reint-programme-months-hint = الأشهر بعد الوصول، مفصولة بمسافات؛ 3 6 12 إن تُركت فارغة
reint-programme-active = يقبل خططاً جديدة (يحتفظ البرنامج المغلق بخططه ومدفوعاته)
reint-programme-cancel = تحديد برنامج جديد بدلاً من ذلك
reint-closed = مغلق
reint-countries = البلدان
reint-ceilings = الحدود القصوى
reint-per-person = للشخص الواحد
reint-cash-share = أقصى حصة نقدية
reint-scheme = نظام احتساب الدرجات
reint-budget-consumed = الميزانية المستهلكة
reint-committed = الملتزَم به
reint-remaining = المتبقي
reint-awaiting = بانتظار الموافقة

## Directory and opportunities
reint-directory-title = دليل الخدمات
reint-pcode = P-code للمنطقة
reint-providers-found = { $count ->
    [zero] لا يوجد أي مقدّم خدمات
    [one] مقدّم خدمات واحد
    [two] مقدّما خدمات
    [few] { $formatted } مقدّمي خدمات
    [many] { $formatted } مقدّم خدمات
   *[other] { $formatted } مقدّم خدمات
}
reint-providers-none = لا يوجد مقدّم خدمات مطابق.
reint-per-month = { $count ->
    [zero] { $formatted } شخص في الشهر
    [one] شخص واحد في الشهر
    [two] شخصان في الشهر
    [few] { $formatted } أشخاص في الشهر
    [many] { $formatted } شخصاً في الشهر
   *[other] { $formatted } شخص في الشهر
}
reint-opportunities-title = الفرص
reint-opportunities-search = البحث عن وظائف ومقاعد تدريب وقروض وسلاسل قيمة
reint-opportunity-kind = النوع
reint-sector = القطاع
reint-opportunities-found = { $count ->
    [zero] لا توجد أي فرصة
    [one] فرصة واحدة
    [two] فرصتان
    [few] { $formatted } فرص
    [many] { $formatted } فرصة
   *[other] { $formatted } فرصة
}
reint-opportunities-none = لا توجد فرصة متاحة مطابقة.
reint-places = { $count ->
    [zero] لا توجد أماكن
    [one] مكان واحد
    [two] مكانان
    [few] { $formatted } أماكن
    [many] { $formatted } مكاناً
   *[other] { $formatted } مكان
}
reint-closes-on = تُغلق في

## Referrals
reint-inbox-title = الإحالات الواردة
reint-inbox-none = لا توجد إحالات بعد.
reint-referrals-found = { $count ->
    [zero] لا توجد أي إحالة
    [one] إحالة واحدة
    [two] إحالتان
    [few] { $formatted } إحالات
    [many] { $formatted } إحالة
   *[other] { $formatted } إحالة
}
reint-referral-title = الإحالة
reint-returnee = العائد
reint-sent-on = تاريخ الإرسال
reint-phone = الهاتف
reint-place = مكان العودة
reint-exchange = الردود والرسائل
reint-referrer = الجهة المُحيلة
reint-accepted = قُبلت
reint-declined = رُفضت
reint-completed = اكتملت
reint-message = رسالة
reint-answer = الرد على الإحالة
reint-write = الكتابة إلى مقدّم الخدمات
reint-feedback = ملاحظات أو رسالة
reint-feedback-hint = إلزامي للرفض أو الإكمال أو إرسال رسالة
reint-accept = قبول
reint-decline = رفض
reint-complete = تسجيلها كمكتملة
reint-send-message = إرسال كرسالة

## Survey
reint-survey-title = استبيان المتابعة
reint-scheme-version = { $name }، الإصدار { $version }
survey-default-name = نظام الاستدامة الافتراضي في Bayiri (غير مرجّح)
reint-unweighted-hint = يُحتسب كل مؤشر وكل بُعد بالوزن نفسه إلى أن تحمّل منظمتك أوزانها الرسمية.
reint-scores = درجات الاستدامة
reint-missing-answers = غير محتسبة (لا يعرف، رفض الإجابة أو دون إجابة)
reint-questions = الأسئلة
reint-conducted-on = تاريخ الإجراء
reint-survey-method = الطريقة
reint-survey-hint = تُستبعد «لا يعرف» و«رفض الإجابة» من الدرجة، ولا تُحتسبان صفراً أبداً.
reint-number-between = عدد بين
reint-survey-save = تسجيل الاستبيان واحتساب درجته
reint-home-follow-ups = المتابعات المتأخرة
reint-home-follow-ups-none = لا توجد متابعة متأخرة.
reint-days-late = { $count ->
    [zero] دون تأخير
    [one] تأخير يوم واحد
    [two] تأخير يومين
    [few] تأخير { $formatted } أيام
    [many] تأخير { $formatted } يوماً
   *[other] تأخير { $formatted } يوم
}

## Questions of the default scheme
survey-income-satisfaction = ما مدى رضاك عن دخلك الحالي؟
survey-income-satisfaction-very-satisfied = راضٍ جداً
survey-income-satisfaction-satisfied = راضٍ
survey-income-satisfaction-neutral = لا راضٍ ولا غير راضٍ
survey-income-satisfaction-dissatisfied = غير راضٍ
survey-income-satisfaction-very-dissatisfied = غير راضٍ إطلاقاً
survey-work-status = هل لديك عمل أو نشاط يعود عليك بدخل؟
survey-work-status-regular = عمل منتظم أو مشروع خاص
survey-work-status-occasional = عمل من حين لآخر
survey-work-status-none = لا يوجد
survey-food-reduced = في الشهر الماضي، كم مرة اضطرت أسرتك إلى تقليل الوجبات؟
survey-food-reduced-never = أبداً
survey-food-reduced-sometimes = أحياناً
survey-food-reduced-often = كثيراً
survey-debt-burden = ما حجم ديونك مقارنةً بمصروفك في الشهر؟
survey-debt-burden-none = لا ديون
survey-debt-burden-less = أقل من مصروف شهر
survey-debt-burden-more = أكثر من مصروف شهر
survey-debt-burden-cannot-repay = أكثر مما أستطيع سداده
survey-productive-assets = هل لديك، ملكاً أو إيجاراً، ما يلزمك للعمل (أرض، أدوات، محل، مواشٍ)؟
survey-productive-assets-yes = نعم
survey-productive-assets-no = لا
survey-housing = كيف حال مسكنك؟
survey-housing-good = لائق وآمن
survey-housing-poor = سيئ أو مكتظ
survey-housing-none = لا يوجد مسكن ثابت
survey-health-access = هل يمكنك الحصول على الرعاية الصحية عند الحاجة؟
survey-health-access-good = نعم، بسهولة
survey-health-access-limited = بصعوبة
survey-health-access-none = لا
survey-school-access = هل يذهب الأطفال الذين في سن الدراسة في أسرتك إلى المدرسة؟
survey-school-access-all = كلهم
survey-school-access-some = بعضهم
survey-school-access-none = لا أحد منهم
survey-school-access-no-children = لا يوجد أطفال في سن الدراسة
survey-documents = هل لديك وثائق الهوية اللازمة (بطاقة الهوية، شهادة الميلاد)؟
survey-documents-yes = نعم
survey-documents-no = لا
survey-safe-water = هل لدى أسرتك مياه شرب نظيفة وآمنة؟
survey-safe-water-good = نعم، بسهولة
survey-safe-water-limited = بصعوبة
survey-safe-water-none = لا
survey-community-participation = كم مرة تشارك في أنشطة المجتمع (الاجتماعات، المناسبات، الجمعيات)؟
survey-community-participation-often = كثيراً
survey-community-participation-sometimes = أحياناً
survey-community-participation-never = أبداً
survey-support-network = هل لديك أشخاص يمكنك الاعتماد عليهم عند الحاجة إلى المساعدة؟
survey-support-network-yes = نعم
survey-support-network-no = لا
survey-discrimination = منذ عودتك، هل شعرت بالتمييز أو بسوء المعاملة؟
survey-discrimination-never = أبداً
survey-discrimination-sometimes = أحياناً
survey-discrimination-often = كثيراً
survey-distress = في الأسبوعين الماضيين، كم مرة شعرت بالحزن أو القلق أو الغضب؟
survey-distress-never = أبداً
survey-distress-sometimes = أحياناً
survey-distress-often = كثيراً
survey-wish-to-migrate = هل تشعر بأن عليك الرحيل من جديد لتجد حياة أفضل؟
survey-wish-to-migrate-no = لا
survey-wish-to-migrate-undecided = لم أقرر بعد
survey-wish-to-migrate-yes = نعم

## Done
done-needs = سُجّل تقييم الاحتياجات.
done-plan = حُفظت الخطة كمسودة. قدّمها للموافقة عندما تصبح جاهزة.
done-service-referral = أُرسلت الإحالة إلى مقدّم الخدمات.
done-re-migration = سُجّلت الهجرة من جديد؛ وانتهت المتابعة.
done-plan-submitted = قُدّمت الخطة للموافقة.
done-plan-approved = تمت الموافقة على الخطة.
done-plan-returned = أُعيدت الخطة إلى من أعدّها.
done-milestone = سُجّل المعلم كمتحقّق.
done-tranche = صُرفت الدفعة وحُفظ إثباتها.
done-survey = سُجّل الاستبيان واحتُسبت درجته.
done-referral-accept = قبلتَ الإحالة.
done-referral-decline = رفضتَ الإحالة.
done-referral-complete = اكتملت الإحالة.
done-referral-message = أُرسلت رسالتك.

## Refusals and invalid values
refusal-over-ceiling = تتجاوز الخطة الحدود القصوى للبرنامج.
refusal-four-eyes = من أعدّ خطة أو عدّلها لا يوافق عليها: يجب أن يوافق عليها موظف آخر.
refusal-plan-not-draft = لا يمكن تعديل الخطة إلا وهي مسودة.
refusal-plan-not-submitted = لا تُقبل الخطة ولا تُعاد إلا إذا كانت بانتظار الموافقة.
refusal-plan-not-approved = لا تُصرف الدفعات إلا للخطط الموافَق عليها.
refusal-milestones-do-not-cover-budget = يجب أن يساوي مجموع المعالم ميزانية الخطة.
refusal-budget-exhausted = الميزانية المتبقية للبرنامج لا تغطي هذه الخطة.
refusal-budget-below-committed = لا يمكن أن تنخفض الميزانية عمّا التزمت به الخطط الموافَق عليها.
refusal-unknown-milestone = لا يوجد هذا المعلم في هذه الخطة.
refusal-milestone-not-reached = لم يتحقق المعلم بعد: سجّله أولاً كمتحقّق.
refusal-milestone-already-reached = سبق أن تحقق هذا المعلم.
refusal-over-milestone = المبلغ أكبر من المتبقي للدفع لهذا المعلم.
refusal-proof-missing = يحتاج كل دفع إلى إثبات: أرفق إيصالاً أو صورة.
refusal-currency-not-allowed = لا يدفع البرنامج بهذه العملة.
refusal-not-arrived = تبدأ إعادة الإدماج بعد وصول العائد.
refusal-case-closed = الملف مغلق.
refusal-programme-closed = لم يعد البرنامج يقبل خططاً جديدة.
refusal-country-not-covered = لا يغطي البرنامج بلد العودة هذا.
refusal-category-not-eligible = لا يغطي البرنامج فئة العودة هذه.
refusal-programme-code-fixed = رمز البرنامج لا يتغير.
refusal-follow-up-not-due = لم تعد هذه المتابعة مستحقة.
refusal-referral-move-not-allowed = لا يمكن أن تنتقل الإحالة إلى هذه الحالة الآن.
refusal-scheme-version-not-newer = يُحمَّل نظام احتساب الدرجات بإصدار أحدث من الإصدار المستخدم.
invalid-collective-plan = تذكر الخطة الجماعية ملفات العائدين الآخرين.
invalid-individual-plan = للخطة الفردية مستفيد واحد.
invalid-currency-not-allowed = لا يدفع البرنامج بهذه العملة.
invalid-duplicate-currency = هذه العملة مذكورة مرتين.
invalid-duplicate-item-type = نوع البند هذا مذكور مرتين.
invalid-invalid-answer = ليست من الإجابات الممكنة.
invalid-invalid-follow-up-months = أشهر بين 1 و60، بترتيب تصاعدي.
invalid-invalid-json = هذه ليست وثيقة نظام درجات صالحة.
invalid-invalid-percent = نسبة مئوية بين 0 و100.
invalid-invalid-programme-code = حروف كبيرة وأرقام وشرطات (مثلاً MLI-REINT-2026).
invalid-no-answers = أجب عن سؤال واحد على الأقل.
invalid-not-arrived = لم يصل هذا العائد بعد.
invalid-not-this-case = اختر ملفاً غير هذا الملف.
invalid-provider-inactive = لم يعد مقدّم الخدمات هذا يقبل الإحالات.
invalid-same-as-return-country = هذا هو بلد العودة.
invalid-service-not-offered = لا يقدّم مقدّم الخدمات هذا هذه الخدمة.
invalid-too-many = مدخلات كثيرة جداً.
invalid-unknown = اختر من القائمة.
invalid-unknown-action = ليس إجراءً ممكناً على إحالة.
invalid-unknown-question = ليس سؤالاً من أسئلة هذا الاستبيان.
invalid-unknown-scheme = حمّل نظام احتساب الدرجات هذا أولاً.

## Maintaining the directory
reint-provider-add = إضافة إلى الدليل
reint-provider-add-hint = منظمة، والخدمات التي تقدمها، وأين، وكيفية التواصل معها
reint-provider-change = تعديل
reint-provider-change-hint = خدماته والمناطق التي يغطيها وقدرته وكيفية التواصل معه
reint-areas-covered = المناطق المشمولة
reint-areas-hint = سطر لكل بلد أو منطقة؛ يتيح الرمز المكاني P-code العثور على المنطقة حسب المكان
reint-services-offered = الخدمات المقدَّمة
reint-area-country = البلد المشمول
reint-area-name = المنطقة (الإقليم، المدينة)
reint-capacity = عدد الأشخاص الذين يمكن استقبالهم شهرياً
reint-contact-person = الشخص المسؤول عن التواصل
reint-email = البريد الإلكتروني
reint-opportunity-add = نشر فرصة
reint-opportunity-change = تعديل الفرصة
reint-opportunity-add-hint = وظيفة أو مقعد تدريب أو برنامج ائتمان أو سلسلة قيمة
reint-offered-by = مقدَّمة من
reint-places-count = عدد المقاعد
reint-closes-on-field = تاريخ الإغلاق
done-provider = أُدرجت المنظمة في الدليل.
done-opportunity = نُشرت الفرصة.

invalid-programme-code-taken = لبرنامج آخر هذا الرمز بالفعل.
