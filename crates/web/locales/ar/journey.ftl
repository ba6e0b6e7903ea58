# رحلة العودة: التحقق القنصلي، الاستعداد للسفر، العمليات، الرقابة، الوصول والمساعدة، المؤشرات.

nav-consular = القنصلية
nav-operations = العمليات
nav-arrivals = الوصول
nav-indicators = المؤشرات
role-escort-officer = ضابط مرافقة

## Case page section
journey-section = رحلة العودة
journey-consular = التحقق القنصلي ووثائق السفر
journey-consular-add = إرسال طلب إلى بعثة قنصلية
journey-consular-send = إرسال الطلب
journey-readiness = الاستعداد للسفر
journey-fitness = اللياقة للسفر:
journey-fitness-add = تسجيل شهادة اللياقة للسفر
journey-fitness-outcome = النتيجة
journey-fitness-conditions = شروط السفر
journey-assessed-on = تاريخ الفحص
journey-assessed-by = الطبيب أو المركز الصحي
readiness-valid-until = صالحة حتى
journey-escort = المرافقة:
journey-escort-add = تعيين مرافق
journey-escort-kind = نوع المرافقة
journey-escort-remove = إزالة
journey-interpreter = المترجم:
journey-interpreter-add = حجز مترجم
journey-operations = عمليات العودة
journey-arrivals = الوصول
journey-blocked-by = مرفوض: أحد شروط المغادرة غير مستوفى.
field-date = التاريخ
field-currency = العملة
field-admin1 = الإقليم

## Guards of readiness to travel
guard-fitness-to-travel-missing = لدى الشخص احتياجات طبية، ولا توجد شهادة لياقة للسفر صالحة يوم المغادرة.
guard-fitness-to-travel-missing-remedy = سجّل شهادة طبية باللياقة للسفر صالحة يوم المغادرة.
guard-unfit-to-travel = خلص آخر فحص طبي إلى أن الشخص غير لائق للسفر.
guard-unfit-to-travel-remedy = أجّل المغادرة؛ وسجّل فحصاً جديداً عندما يصبح الشخص لائقاً.
guard-medical-escort-missing = يحتاج الشخص إلى مرافق طبي، ولم يُعيَّن أي مرافق للرحلة.
guard-medical-escort-missing-remedy = عيّن مرافقاً طبياً (طبيباً أو ممرضاً).
guard-child-escort-missing = الطفل غير المصحوب أو المنفصل لا يسافر وحده أبداً، ولم يُعيَّن مرافق للطفل.
guard-child-escort-missing-remedy = عيّن وصياً أو مرافقاً من حماية الطفولة للسفر مع الطفل.
guard-escort-officer-missing = العودة القسرية تكون بمرافقة، ولم يُعيَّن ضابط مرافقة للشخص.
guard-escort-officer-missing-remedy = عيّن ضابط مرافقة للشخص.
guard-interpreter-missing = يحتاج الشخص إلى مترجم، ولم يُحجز مترجم للرحلة والوصول.
guard-interpreter-missing-remedy = احجز مترجماً بلغة الشخص.

event-fitness-to-travel-recorded = تسجيل اللياقة للسفر
event-escort-assigned = تعيين مرافق
event-escort-removed = إزالة مرافق
event-interpreter-arranged = حجز مترجم
event-arrival-registered = تسجيل الوصول

done-consular = أُرسل الطلب إلى البعثة القنصلية.
done-fitness = سُجّلت شهادة اللياقة للسفر.
done-escort = عُيّن المرافق.
done-escort-removed = أُزيل المرافق.
done-interpreter = حُجز المترجم.
done-manifest = أُدرج الملف في قائمة الركاب.
done-manifest-removed = حُدّثت قائمة الركاب.
done-departed = غادرت العملية؛ وسُجّلت ملفاتها على أنها غادرت.
done-escort-officer = عُيّن ضابط المرافقة.
done-monitor = عُيّن المراقب.
done-arrival = تأكّد الوصول.
done-assistance = سُجّلت المساعدة.

## Consular requests
consular-title = الطلبات القنصلية
consular-request-title = طلب قنصلي
consular-turnaround = المدد حسب القنصلية
consular-overdue-after = { $count ->
    [one] يُعدّ الطلب متأخراً إذا بقي معلقاً أكثر من يوم واحد.
   *[other] يُعدّ الطلب متأخراً إذا بقي معلقاً أكثر من { $formatted } يوماً.
}
consular-mission = البعثة القنصلية
consular-requests = الطلبات
consular-open = قيد المعالجة
consular-overdue = متأخر
consular-issued-count = الوثائق الصادرة
consular-median-days = المدة الوسيطة للإصدار (أيام)
consular-show-all = عرض كل الطلبات
consular-show-overdue = عرض الطلبات المتأخرة فقط
consular-person = الشخص
consular-waiting = المدة
consular-days = { $count ->
    [one] يوم واحد
    [two] يومان
    [few] { $formatted } أيام
   *[other] { $formatted } يوماً
}
consular-claimed-nationality = الجنسية المصرّح بها
consular-confirmed-nationality = الجنسية المؤكدة
consular-document = وثيقة السفر
consular-evidence = إثباتات الهوية المرسلة
consular-fee = الرسوم القنصلية
consular-fee-hint = المبلغ بالعملة، إن كانت الرسوم مستحقة
consular-fee-exempt = الإعفاء من الرسوم
consular-fee-payable = لا: الرسوم مستحقة
consular-requested = تاريخ الطلب
consular-interview = المقابلة
consular-place = المكان
consular-issued = الوثيقة الصادرة
consular-history = السجل
consular-decide = تسجيل قرار البعثة
consular-reason-hint = إلزامي إذا لم تُؤكَّد الجنسية أو رُفضت الوثيقة
consular-status-requested = مطلوب
consular-status-interview-scheduled = حُدّدت المقابلة
consular-status-nationality-confirmed = الجنسية مؤكدة
consular-status-nationality-not-confirmed = الجنسية غير مؤكدة
consular-status-document-issued = صدرت الوثيقة
consular-status-document-refused = رُفضت الوثيقة
evidence-passport = جواز سفر
evidence-expired-passport = جواز سفر منتهي الصلاحية
evidence-national-id-card = بطاقة هوية وطنية
evidence-birth-certificate = شهادة ميلاد
evidence-consular-card = بطاقة قنصلية
evidence-photograph = صورة شخصية
evidence-fingerprints = بصمات الأصابع
evidence-witness-statement = شهادة شاهد
evidence-other = أخرى
exemption-humanitarian-return = عودة إنسانية
exemption-child = طفل
exemption-destitution = العوز
exemption-agreement = اتفاق إعادة قبول أو اتفاق ثنائي

## Operations
operations-title = عمليات العودة
operations-list = العمليات
operations-plan = تخطيط عملية
operations-plan-submit = تخطيط العملية
operation-title = عملية عودة
op-field-reference = المرجع
op-field-kind = النوع
op-field-status = الحالة
op-field-date = التاريخ
op-field-route = المسار
op-field-arrival-point = نقطة الوصول
op-field-seats = المقاعد
op-field-departure-country = بلد المغادرة
op-field-mode = الوسيلة
op-field-carrier = الناقل
op-field-number = رقم الرحلة أو القافلة
op-field-from = من
op-field-to = إلى
op-field-departs = المغادرة (UTC)
op-field-arrives = الوصول (UTC)
op-point-hint = رمز IATA للمطار في الرحلات الجوية؛ منفذ حدودي أو مكان للبر والبحر
op-leg = مرحلة
op-legs-hint = تكفي مرحلة واحدة لرحلة جوية أو قافلة مباشرة؛ صِف بالترتيب كل مرحلة من رحلة بتوقف أو من نقل بري في النهاية.
op-leg-optional = (إن وُجدت)
op-forced = عودة قسرية
op-forced-hint = عملية عودة قسرية (ضباط مرافقة ومراقبون؛ دون عائدين طوعيين)
op-departed-at = غادرت
op-export-csv = قائمة الركاب (CSV)
op-export-xlsx = قائمة الركاب (Excel)
op-manifest = قائمة الركاب
op-people = الأشخاص
op-actions = إجراءات
op-remove = إزالة
op-no-show = لم يحضر
op-add-case = رقم الملف
op-add = الإدراج في قائمة الركاب
op-depart = مغادرة العملية
op-depart-hint = كل ملف ما زال مدرجاً ينتقل إلى «غادر»؛ وتُفحص شروط المغادرة مجدداً اليوم.
op-team = المرافقون والمراقبون
op-escort-officers = ضباط المرافقة
op-escort-assign = ضابط مرافقة
op-assign = تعيين
op-monitors = مراقبون مستقلون
op-monitors-none = لم يُعيَّن أي مراقب بعد.
op-monitor-assign = مراقب من القائمة
op-reports = تقارير الرقابة
op-kind-charter-flight = رحلة مستأجرة
op-kind-scheduled-flight = مجموعة على رحلة منتظمة
op-kind-convoy = قافلة
op-kind-sea-crossing = عبور بحري
op-status-planned = مخطّطة
op-status-departed = غادرت
op-status-arrived = وصلت
op-status-cancelled = ملغاة
entry-status-listed = مدرج
entry-status-no-show = لم يحضر
entry-status-departed = غادر
entry-status-arrived = وصل
mode-air = جواً
mode-land = براً
mode-sea = بحراً
mode-unknown = غير مسجّل
escort-kind-medical = مرافق طبي
escort-kind-child-escort = مرافق الطفل
escort-kind-escort-officer = ضابط مرافقة
escort-kind-other = مرافق آخر
fitness-fit = لائق للسفر
fitness-fit-with-conditions = لائق للسفر بشروط
fitness-unfit = غير لائق للسفر

## Monitoring
monitor-profile = ملفي في قائمة المراقبين
monitor-profile-none = لستَ في القائمة بعد.
monitor-languages-hint = رموز ISO 639 مفصولة بمسافات (ar fr en)
monitor-available-from = متاح من
monitor-available-to = إلى
report-title = تقرير رقابة
report-new = كتابة تقرير
report-phase = المرحلة
report-summary = الخلاصة
report-incident = حادث
report-incident-kind = نوع الحادث
report-incident-at = متى (UTC)
report-incidents = الحوادث
report-observation = ملاحظة بشأن الحقوق الأساسية
report-observations = ملاحظات بشأن الحقوق الأساسية
report-topic = الحق موضع الملاحظة
report-finding = المعاينة
report-save-draft = حفظ المسودة
report-submit = تقديم التقرير
report-submit-hint = بعد تقديمه لا يتغير التقرير أبداً؛ والتصحيحات تقارير جديدة.
report-submitted-on = قُدّم في
report-edit = تعديل المسودة
report-back = العودة إلى العملية
report-corrects = التقرير الذي يصححه هذا التقرير
report-correction = تصحيح
report-write-correction = كتابة تصحيح
report-correction-hint = قُدِّم هذا التقرير ويبقى كما هو. التصحيح تقرير جديد يشير إلى هذا التقرير، ويبقى مسودة إلى أن تقدّمه.
report-status-draft = مسودة
report-status-submitted = مقدَّم
phase-pre-departure = قبل المغادرة
phase-in-flight = أثناء الرحلة
phase-hand-over = التسليم إلى السلطات
incident-use-of-force = استخدام القوة
incident-means-of-restraint = وسائل التقييد
incident-medical = طبي
incident-complaint = شكوى
incident-other = أخرى
rights-dignity-and-respect = الكرامة والاحترام
rights-information-in-a-language-understood = المعلومات بلغة مفهومة
rights-access-to-medical-care = الحصول على الرعاية الطبية
rights-family-unity = وحدة الأسرة
rights-best-interests-of-the-child = المصلحة الفضلى للطفل
rights-proportionate-use-of-force = الاستخدام المتناسب للقوة
rights-access-to-complaint-mechanism = الوصول إلى آلية للشكاوى
rights-other = أخرى

## Arrivals
arrivals-title = الوصول
arrivals-register-spontaneous = تسجيل عائد لم يُعلَن عنه
arrivals-expected = الوصول المتوقع
arrivals-expected-hint = من يصل إلى بلدانك، ومتى وأين، وما يجب تحضيره.
arrivals-expected-none = لا أحد معلن عنه.
arrivals-prepare = ما يجب تحضيره
arrivals-destination = الوجهة النهائية
arrivals-arrived = وصل
arrivals-confirm-one = تأكيد الوصول
arrivals-confirm-all = تأكيد وصول الجميع
arrivals-recent = حالات الوصول في آخر 30 يوماً
arrivals-awaiting = بانتظار المساعدة
arrivals-age = { $count ->
    [one] سنة واحدة
   *[other] { $formatted } سنة
}
arrivals-age-about = { $count ->
    [one] نحو سنة واحدة
   *[other] نحو { $formatted } سنة
}
arrival-title = الوصول
arrival-field-kind = الوصول
arrival-field-mode = بواسطة
arrival-field-country = البلد
arrival-kind-expected = معلن عنه في قائمة ركاب
arrival-kind-spontaneous = عودة تلقائية سُجّلت في المكان
arrival-assistance = المساعدة عند الوصول
arrival-person = الشخص
arrival-what = المساعدة
arrival-by = قدّمها
arrival-when = متى (UTC)
arrival-amount = المبلغ
arrival-amount-hint = إلزامي لمصروف الجيب
arrival-detail = تفاصيل (الوجهة، الإيواء، ما قُدّم)
arrival-record = تسجيل المساعدة
arrival-possible-duplicates = { $count ->
    [one] قد يكون شخص واحد مسجّل سابقاً هو الشخص نفسه: على أحد الموظفين التحقق.
   *[other] قد يكون { $formatted } أشخاص مسجّلين سابقاً هم الشخص نفسه: على أحد الموظفين التحقق.
}
assistance-reception = الاستقبال
assistance-pocket-money = مصروف الجيب
assistance-onward-transport = النقل إلى المجتمع المحلي
assistance-temporary-shelter = إيواء مؤقت
assistance-medical-first-aid = إسعافات أولية طبية
assistance-psychosocial-first-aid = إسعافات أولية نفسية
spontaneous-title = عائد لم يُعلن عنه أحد
spontaneous-hint = تسجيل قصير على الحدود: يفتح ملف عودة تلقائية ويسجّل الوصول.
spontaneous-point = المنفذ الحدودي أو المطار
spontaneous-when = الوصول (UTC)
spontaneous-coming-from = عائد من
spontaneous-dob-hint = YYYY-MM-DD، أو السنة وحدها
spontaneous-submit = تسجيل الوصول

## Indicators and points
indicators-title = مؤشرات رحلة العودة
indicators-hint = تُحسب من سجلات الملفات؛ التعاريف في docs/INDICATORS.md.
indicators-returns = حالات العودة حسب الوسيلة وبلد العودة والشهر
indicators-month = الشهر
indicators-count = حالات العودة
indicators-documents = المدة الوسيطة بين طلب وثيقة السفر وإصدارها، حسب القنصلية
indicators-assistance = حالات الوصول التي تلقّت المساعدة خلال 72 ساعة
points-title = المنافذ الحدودية والمطارات
points-list = القائمة المحدَّثة
points-add = إضافة نقطة
points-code = الرمز
points-code-hint = رمز IATA للمطار؛ وإلا من 4 إلى 12 حرفاً كبيراً أو رقماً أو شرطة
points-kind = النوع
points-location = الموقع
points-latitude = خط العرض
points-longitude = خط الطول
points-change = تعديل
points-inactive = لم يعد مستخدماً
points-active-hint = قيد الاستخدام (تبقى النقطة غير النشطة في السجلات السابقة لكنها لا تُعرض بعد الآن في الاستمارات)
points-cancel = إضافة نقطة جديدة بدلاً من ذلك
point-kind-airport = مطار
point-kind-land-border = منفذ حدودي بري
point-kind-seaport = ميناء

## Refusals and field errors
refusal-consent-to-share-missing = سجّل أولاً موافقة الشخص على مشاركة بيانات هويته مع سلطات بلد العودة.
refusal-case-not-preparing-departure = الطلبات القنصلية للملفات التي تحضّر للمغادرة.
refusal-consular-status-not-allowed = لا يمكن أن يأخذ الطلب هذه الحالة الآن.
refusal-case-not-ready = الملف غير جاهز للسفر (يجب أن يكون في مرحلة التحضير للمغادرة).
refusal-wrong-destination = يعود الملف إلى بلد غير بلد العملية.
refusal-category-mismatch = لا تسافر العودة القسرية والعودة الطوعية أبداً في العملية نفسها.
refusal-already-listed = الملف مدرج في قائمة الركاب.
refusal-not-listed = الملف غير مدرج في قائمة الركاب.
refusal-capacity-exceeded = لم تعد في العملية مقاعد كافية لأشخاص هذا الملف.
refusal-operation-not-planned = لم تعد العملية قيد التخطيط.
refusal-operation-not-departed = لم تغادر العملية.
refusal-manifest-empty = لا أحد في قائمة الركاب يسافر.
refusal-not-forced-operation = يُعيَّن المراقبون لعمليات العودة القسرية فقط.
refusal-monitor-not-independent = يجب أن يكون المراقب مستقلاً عن الجهة المنظِّمة.
refusal-monitor-unavailable = المراقب غير متاح في ذلك اليوم.
refusal-already-assigned = معيَّن مسبقاً.
refusal-departure-blocked = بعض الملفات لا يمكنها المغادرة: أزلها أو سجّلها كغائبة ثم حاول مجدداً.
refusal-nobody-expected = لم يعد أحد من هذه العملية متوقعاً.
refusal-report-submitted = التقرير المقدَّم لا يتغير أبداً؛ اكتب تصحيحاً.
refusal-not-report-author = وحده كاتب التقرير يمكنه تعديله أو تقديمه.
refusal-report-exists = سبق أن كتبت عن هذه المرحلة: عدّل المسودة أو اكتب تصحيحاً.
invalid-evidence-required = أرسل إثباتاً واحداً على الأقل للهوية.
invalid-fee-required = حدّد الرسوم أو سبب الإعفاء منها.
invalid-fee-and-exemption = إما أن تُعفى الرسوم وإما أن تُستوفى، لا الأمرين معاً.
invalid-conditions-required = حدّد شروط السفر.
invalid-valid-before-assessed = تنتهي الشهادة قبل الفحص.
invalid-invalid-iata-code = أدخل رمز IATA للمطار من ثلاثة أحرف (مثلاً BKO).
invalid-invalid-point-code = من 4 إلى 12 حرفاً كبيراً أو رقماً أو شرطة (مثلاً NER-ASSAMAKA).
invalid-invalid-coordinate = درجات عشرية، مثلاً 13.51 أو -2.11.
invalid-incomplete-location = أدخل خط العرض وخط الطول معاً، أو لا شيء.
invalid-invalid-datetime = أدخل تاريخاً ووقتاً.
invalid-arrives-before-departure = تصل المرحلة قبل أن تنطلق.
invalid-leg-out-of-order = تنطلق هذه المرحلة قبل وصول المرحلة السابقة.
invalid-date-in-past = اختر اليوم أو تاريخاً لاحقاً.
invalid-invalid-capacity = بين 1 و1000 مقعد.
invalid-legs-required = صف مرحلة واحدة على الأقل من الرحلة.
invalid-amount-required = حدّد مبلغ مصروف الجيب.
invalid-before-arrival = لا يمكن أن تسبق المساعدة الوصول.
invalid-not-on-arrival = هذا الشخص ليس ضمن الوصول.
invalid-unknown-case = لا يوجد ملف بهذا الرقم.
invalid-unknown-point = اختر نقطة فعّالة في أحد بلدانك.
invalid-mission-does-not-serve = لا تغطي هذه البعثة بلد الإقامة هذا لبلد العودة هذا.
invalid-before-departure = لا يمكن أن يسبق الوصول المغادرة.
invalid-ends-before-start = تنتهي الفترة قبل أن تبدأ.
invalid-code-taken = توجد نقطة أخرى بهذا الرمز.
invalid-not-an-escort-officer = اختر ضابط مرافقة من منظمتك.
invalid-not-in-pool = هذا الشخص ليس في قائمة المراقبين.
invalid-unknown-mission = بعثة قنصلية غير معروفة.
invalid-invalid-amount = هذا ليس مبلغاً.
invalid-amount-not-positive = يجب أن يكون المبلغ أكبر من صفر.
invalid-invalid-currency = رمز عملة لا يعرفه Bayiri (مثلاً XOF).
