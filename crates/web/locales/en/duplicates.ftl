# Duplicate persons: the check before a registration is saved, review, merges.

## Candidates and their reasons
dup-born = born { $date }
dup-registered-in = registered in { $country }
dup-probability = likelihood
dup-why = Why this person is proposed
dup-names-swapped = Given and family names agree better the other way round.
dup-field = Field
dup-comparison = How they compare
dup-weight = Weight
dup-weight-hint = Weights are in bits of evidence: positive speaks for the same person, negative against. A common name weighs less than a rare one.
dup-field-given-names = Given names
dup-field-family-name = Family name
dup-field-sex = Sex
dup-field-date-of-birth = Date of birth
dup-field-nationality = Nationality
dup-field-place-of-birth = Place of birth
dup-field-phone = Phone
dup-field-document-number = Document number
dup-level-exact = identical
dup-level-variant = known spelling variant
dup-level-phonetic = sound the same
dup-level-fuzzy = almost the same spelling
dup-level-subset = one contains the other
dup-level-partial = partly the same
dup-level-different = different
dup-level-day-month-swapped = day and month swapped
dup-level-one-component-differs = day or month differs
dup-level-year-typo = year mistyped
dup-level-same-year = same year
dup-level-year-plus-minus-one = one year apart
dup-level-same = same
dup-level-variant-or-phonetic = variant spelling
dup-level-fuzzy-or-partial = partly the same
dup-level-same-last-8-digits = same number, other prefix
dup-level-one-digit-typo = one digit differs
dup-level-one-edit = one character differs
dup-level-two-edits = two characters differ
dup-level-close = close
dup-level-missing = not recorded
dup-assessment-link = very likely the same person
dup-assessment-review = possibly the same person
dup-assessment-possible-relatives = possibly a relative (same family name)
dup-assessment-distinct = unlikely
dup-assessment-not-scored = confirmed by a reviewer

## Registration
dup-register-title = This person may already be registered
dup-register-alert = Nothing has been saved yet. Look at the stored persons who may be the same person before you go on.
dup-register-see = See who
dup-register-intro = If one of them is this person, open the case for them: their history stays in one place. If none of them is, register a new person; your answer is remembered.
dup-register-use-existing = This is the same person: open the case for them
dup-register-new = None of them: register a new person

## A person's duplicates
dup-person-title = Possible duplicates
dup-person-link = Possible duplicates of this person
dup-back-to-person = Back to the person
dup-is-merged = This record was merged into another record of the same person.
dup-see-kept = Go to the record in use
dup-candidates = Proposed by the duplicate check
dup-candidates-hint = Stored persons the check finds similar, not yet decided. Nothing is merged unless you decide.
dup-candidates-none = No similar person is proposed.
dup-action-different = Different persons
dup-action-same = Same person
dup-action-merge = Merge into this record…
dup-merge-explained = The other record's cases move to this record, and the other record points here. The merge is recorded and can be reverted.
dup-merge-reason = Why they are the same person (document seen, interview…)
dup-merge-submit = Merge
dup-merge-into-this = Merge into this record
dup-decisions = Decisions
dup-decisions-none = No decision yet.
dup-verdict-same-person = same person
dup-verdict-different-persons = different persons
dup-merges = Merges
dup-merges-none = No merge.
dup-merge-line-merged = Merged
dup-merge-line-into = into
dup-merge-cases = { $count ->
    [one] one case moved
   *[other] { $formatted } cases moved
}
dup-merge-reverted = Reverted on { $date }: { $reason }
dup-revert = Revert this merge…
dup-revert-explained = The cases this merge moved go back to the merged record, and the two records are remembered as different persons.
dup-revert-reason = Why the merge was wrong
dup-revert-submit = Revert the merge
dup-done-same-person = Recorded: the same person. You can now merge the records.
dup-done-different-persons = Recorded: different persons. They will not be proposed again.
dup-done-merged = The records were merged.
dup-done-reverted = The merge was reverted.
dup-refused-same-record = A record cannot be merged with itself.
dup-refused-already-merged = One of the records was already merged into another one.
dup-refused-different-organisations = The records belong to different organisations and cannot be merged.
dup-refused-decided-different-persons = A reviewer decided that these are different persons. Record them as the same person first if that has changed.
dup-refused-case-outside-scope = One of the records is on a case outside your organisation or countries; ask a colleague who works on it.
dup-refused-merge-already-reverted = This merge was already reverted.

## The review queue
dup-home-link = Possible duplicate persons to review
dup-queue-title = Duplicate persons to review
dup-queue-intro = The same person registered twice splits their history; two persons merged by mistake is worse. Decide each pair on its person page.
dup-queue-confirmed = Confirmed as the same person, not merged yet
dup-queue-confirmed-none = None.
dup-queue-proposed = Likely duplicates among recent registrations
dup-queue-proposed-hint = Pairs the duplicate check scores as very likely the same person or as possible relatives, not yet decided.
dup-queue-proposed-none = No likely duplicate among recent registrations.

## Case history and audit log
event-person-replaced = Person record corrected after a merge
case-error-person-not-on-case = This person is not on the case.
case-error-person-already-on-case = This person is already on the case.
action-person-duplicates-rejected = Possible duplicates set aside at registration
action-person-duplicate-decide = Duplicate decision
action-person-merge = Person records merged
action-person-merge-revert = Merge reverted
