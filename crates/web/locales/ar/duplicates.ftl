# الأشخاص المكرَّرون: التحقق قبل حفظ التسجيل، والمراجعة، والدمج.

## المرشَّحون وأسباب ترشيحهم
dup-born = مولود(ة) في { $date }
dup-registered-in = مسجَّل(ة) في { $country }
dup-probability = الاحتمال
dup-why = لماذا اقتُرح هذا الشخص
dup-names-swapped = يتطابق الاسم الشخصي واسم العائلة بشكل أفضل عند تبديلهما.
dup-field = الحقل
dup-comparison = المقارنة
dup-weight = الوزن
dup-weight-hint = الأوزان مقيسة بوحدات «بت» من الأدلة: الموجب يرجّح أنه الشخص نفسه، والسالب يرجّح العكس. الاسم الشائع يزن أقل من الاسم النادر.
dup-field-given-names = الاسم الشخصي
dup-field-family-name = اسم العائلة
dup-field-sex = الجنس
dup-field-date-of-birth = تاريخ الميلاد
dup-field-nationality = الجنسية
dup-field-place-of-birth = مكان الميلاد
dup-field-phone = الهاتف
dup-field-document-number = رقم الوثيقة
dup-level-exact = متطابق
dup-level-variant = صيغة كتابة معروفة أخرى
dup-level-phonetic = متطابق في النطق
dup-level-fuzzy = كتابة شبه متطابقة
dup-level-subset = أحدهما يتضمن الآخر
dup-level-partial = متطابق جزئيًا
dup-level-different = مختلف
dup-level-day-month-swapped = اليوم والشهر مقلوبان
dup-level-one-component-differs = اليوم أو الشهر مختلف
dup-level-year-typo = خطأ في كتابة السنة
dup-level-same-year = السنة نفسها
dup-level-year-plus-minus-one = فارق سنة واحدة
dup-level-same = متطابق
dup-level-variant-or-phonetic = صيغة كتابة أخرى
dup-level-fuzzy-or-partial = متطابق جزئيًا
dup-level-same-last-8-digits = الرقم نفسه برمز مختلف
dup-level-one-digit-typo = رقم واحد مختلف
dup-level-one-edit = حرف واحد مختلف
dup-level-two-edits = حرفان مختلفان
dup-level-close = قريب
dup-level-missing = غير مسجَّل
dup-assessment-link = على الأرجح الشخص نفسه
dup-assessment-review = ربما الشخص نفسه
dup-assessment-possible-relatives = ربما قريب (اسم العائلة نفسه)
dup-assessment-distinct = غير محتمل
dup-assessment-not-scored = أكّده مراجِع

## التسجيل
dup-register-title = قد يكون هذا الشخص مسجَّلًا من قبل
dup-register-alert = لم يُحفظ أي شيء بعد. اطّلع على الأشخاص المسجَّلين الذين قد يكونون الشخص نفسه قبل المتابعة.
dup-register-see = عرضهم
dup-register-intro = إذا كان أحدهم هو هذا الشخص، فافتح الملف باسمه ليبقى سجلّه في مكان واحد. وإن لم يكن أيٌّ منهم، فسجّل شخصًا جديدًا؛ وسيُحفظ جوابك.
dup-register-use-existing = إنه الشخص نفسه: افتح الملف باسمه
dup-register-new = لا أحد منهم: سجّل شخصًا جديدًا

## المكرَّرون المحتملون لشخص
dup-person-title = المكرَّرون المحتملون
dup-person-link = المكرَّرون المحتملون لهذا الشخص
dup-back-to-person = العودة إلى الشخص
dup-is-merged = دُمج هذا السجل في سجل آخر للشخص نفسه.
dup-see-kept = الانتقال إلى السجل المعتمد
dup-candidates = اقتراحات التحقق من التكرار
dup-candidates-hint = أشخاص مسجَّلون يجدهم التحقق متشابهين ولم يُتخذ بشأنهم قرار بعد. لا يُدمج أي شيء دون قرارك.
dup-candidates-none = لا يوجد شخص مشابه مقترح.
dup-action-different = شخصان مختلفان
dup-action-same = الشخص نفسه
dup-action-merge = الدمج في هذا السجل…
dup-merge-explained = تنتقل ملفات السجل الآخر إلى هذا السجل، ويُحال السجل الآخر إلى هنا. يُوثَّق الدمج ويمكن التراجع عنه.
dup-merge-reason = لماذا هو الشخص نفسه (وثيقة اطُّلع عليها، مقابلة…)
dup-merge-submit = دمج
dup-merge-into-this = الدمج في هذا السجل
dup-decisions = القرارات
dup-decisions-none = لا يوجد قرار بعد.
dup-verdict-same-person = الشخص نفسه
dup-verdict-different-persons = شخصان مختلفان
dup-merges = عمليات الدمج
dup-merges-none = لا توجد عملية دمج.
dup-merge-line-merged = دُمج السجل
dup-merge-line-into = في
dup-merge-cases = { $count ->
    [zero] لم يُنقل أي ملف
    [one] نُقل ملف واحد
    [two] نُقل ملفان
    [few] نُقلت { $formatted } ملفات
    [many] نُقل { $formatted } ملفًا
   *[other] نُقل { $formatted } ملف
}
dup-merge-reverted = تم التراجع عنه في { $date }: { $reason }
dup-revert = التراجع عن هذا الدمج…
dup-revert-explained = تعود الملفات التي نقلها هذا الدمج إلى السجل المدموج، ويُحفظ السجلان على أنهما شخصان مختلفان.
dup-revert-reason = لماذا كان الدمج خطأ
dup-revert-submit = التراجع عن الدمج
dup-done-same-person = سُجّل: الشخص نفسه. يمكنك الآن دمج السجلين.
dup-done-different-persons = سُجّل: شخصان مختلفان. لن يُقترحا مرة أخرى.
dup-done-merged = تم دمج السجلين.
dup-done-reverted = تم التراجع عن الدمج.
dup-refused-same-record = لا يمكن دمج سجل في نفسه.
dup-refused-already-merged = أحد السجلين مدموج من قبل في سجل آخر.
dup-refused-different-organisations = ينتمي السجلان إلى منظمتين مختلفتين ولا يمكن دمجهما.
dup-refused-decided-different-persons = قرّر مراجِع أنهما شخصان مختلفان. سجّل أولًا «الشخص نفسه» إن تغيّر الوضع.
dup-refused-case-outside-scope = أحد السجلين مدرج في ملف خارج منظمتك أو بلدانك؛ اطلب ذلك من زميل يتابعه.
dup-refused-merge-already-reverted = تم التراجع عن هذا الدمج من قبل.

## قائمة المراجعة
dup-home-link = أشخاص مكرَّرون محتملون للمراجعة
dup-queue-title = أشخاص مكرَّرون للمراجعة
dup-queue-intro = الشخص المسجَّل مرتين ينقسم سجلّه إلى قسمين؛ ودمج شخصين خطأً أسوأ. قرّر بشأن كل زوج في صفحة الشخص.
dup-queue-confirmed = مؤكَّد أنهما الشخص نفسه ولم يُدمجا بعد
dup-queue-confirmed-none = لا يوجد.
dup-queue-proposed = مكرَّرون مرجَّحون بين التسجيلات الأخيرة
dup-queue-proposed-hint = أزواج يرجّح التحقق أنها الشخص نفسه أو أقارب محتملون، ولم يُتخذ بشأنها قرار بعد.
dup-queue-proposed-none = لا يوجد مكرَّر مرجَّح بين التسجيلات الأخيرة.

## سجل الملف وسجل التدقيق
event-person-replaced = تصحيح سجل الشخص بعد الدمج
case-error-person-not-on-case = هذا الشخص غير مدرج في الملف.
case-error-person-already-on-case = هذا الشخص مدرج في الملف من قبل.
action-person-duplicates-rejected = استبعاد مكرَّرين محتملين عند التسجيل
action-person-duplicate-decide = قرار بشأن تكرار
action-person-merge = دمج سجلات شخص
action-person-merge-revert = التراجع عن دمج
