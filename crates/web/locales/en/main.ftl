# Bayiri — English interface messages.
# Keys are grouped by page; domain words (stages, categories…) are at the end.

## Frame
skip-to-content = Skip to content
nav-label = Main menu
nav-home = My work
nav-cases = Cases
nav-register = Register
nav-users = Users
nav-audit = Audit log
nav-account = My account
nav-logout = Log out
language = Language
language-apply = Change
language-browser = As the browser says
back-home = Back to my work

## Common words
yes = Yes
no = No
any = Any
unknown = Not known
none = None
nobody = Nobody
someone = Someone else
system = Bayiri (system)
none-yet = Nothing recorded yet.
save = Save
choose = Choose…
since = since
restricted = restricted
what-to-do = What to do:
pages = Pages
page-first = ← First page
page-next = Next page →
form-has-errors = Please correct the highlighted fields
answer-from-date-of-birth = Use the date of birth
answer-not-applicable = Not applicable (adult)
answer-unknown = Not known

## Login
login-title = Log in
login-intro = Bayiri holds personal data of people in a vulnerable situation. Log in with your own account only.
login-username = User name
login-password = Password
login-submit = Log in
login-failed = Wrong user name or password.
login-rate-limited = Too many failed attempts. Try again in { $minutes } minutes.
login-expired = The login form had expired. Please try again.

## Home
home-title = My work
home-mine = My cases by stage
home-mine-none = No case is assigned to you.
home-mine-all = { $count ->
    [one] My only case
   *[other] All my { $formatted } cases
}
home-overdue = Overdue
home-overdue-hint = Cases that stayed in their stage longer than expected.
home-overdue-none = Nothing is overdue.
home-overdue-all = All overdue cases
home-recent = Recently changed
home-recent-none = No case changed recently.

## Case list
cases-title = Cases
cases-search = Search by name or case number
cases-search-hint = Any spelling recorded, in any script; e.g. Diallo or NER-2026-000123.
cases-filter = Show
cases-only-mine = Only my cases
cases-only-overdue = Only overdue cases
cases-results = Results
cases-none = No case matches.

## Case page
case-title = Case
person-title = Person
case-closed-as = Closed:
case-needs = Special needs and vulnerability
case-needs-none = No special need recorded.
case-vulnerabilities = Vulnerabilities
case-vulnerabilities-none = No vulnerability identified.
case-screened-on = Screened on
case-screen = Vulnerability screening
case-next = What can be done now
case-next-none = No move is open to your role at this stage.
case-blocked = blocked
case-close = Close the case
case-reopen = Reopen the case
case-counselling = Counselling sessions
case-counselling-add = Record a counselling session
case-consents = Consents
case-consent-add = Record a consent
consent-withdraw = Record withdrawal of this consent
consent-withdraw-then = After the withdrawal
consent-withdrawn-on = Withdrawn on
case-concerns = Protection concerns
case-concern-add = Raise a protection concern
concern-close = Close this concern
case-referrals = Referrals
case-referral-add = Record a referral
case-child = Child protection
case-guardian-set = Record the guardian
case-best-interests = Best-interests assessments
case-best-interests-add = Record a best-interests assessment
case-documents = Travel documents
case-document-add = Record a travel document
case-decision = Return decision
case-decision-set = Record the return decision
case-person = Person
case-family = Family members on the case
case-family-none = The person returns alone.
case-timeline = History

## Outcomes of forms
done-registered = The person is registered and the case is open.
done-move = The case has moved.
done-close = The case is closed.
done-reopen = The case is reopened.
done-counselling = The counselling session is recorded.
done-consent = The consent is recorded.
done-withdraw = The withdrawal is recorded.
done-screening = The screening is recorded.
done-concern = The protection concern is recorded.
done-concern-close = The protection concern is closed.
done-referral = The referral is recorded.
done-guardian = The guardian is recorded.
done-best-interests = The best-interests assessment is recorded.
done-document = The travel document is recorded.
done-decision = The return decision is recorded.
done-password = Your password is changed. Your other sessions were ended.
done-user-created = The user is created.
done-user-disabled = The user is disabled and their sessions ended.

## Refusals on a case
case-error-guards-unmet = The case cannot move yet: see what blocks it below.
case-error-transition-not-allowed = This move does not exist from the current stage.
case-error-case-closed = The case is closed; reopen it first.
case-error-case-not-closed = The case is not closed.
case-error-closure-reason-not-allowed = This reason cannot close a case at its current stage.
case-error-record-not-found = This record no longer exists on the case.
case-error-consent-already-withdrawn = This consent was already withdrawn.
case-error-concern-already-closed = This concern was already closed.
case-error-already-departed = The person has already departed.
case-error-not-voluntary-return = Consent to return applies to voluntary returns only.
case-error-not-forced-return = A return decision applies to forced returns only.
case-error-change-not-allowed-at-stage = This cannot be changed at the case's current stage.
case-error-nothing-to-change = Nothing was changed.

## Screening
screening-title = Vulnerability screening
screening-intro = Ask in the person's language, with an interpreter if needed. Answers are confidential and only shown to those who need them.
screening-current = Current result:
screening-trafficking = Signs of trafficking
screening-trafficking-hint = Tick what the person reports or what you observed.
screening-other = Health and situation
screening-save = Save the screening
q-under-18 = Is the person under 18?
q-under-18-hint = Answer only when the date of birth does not settle it. If in doubt, the person is treated as a child.
q-with-parent = Does the child travel with a parent or their usual caregiver?
q-with-parent-hint = A child without them is an unaccompanied or separated child.
q-accommodation = Does the person have a safe place to stay on arrival?
q-identified-victim-of-trafficking = Identified as a victim of trafficking by a competent authority
q-disability = Has a disability
q-uses-wheelchair = Uses a wheelchair
q-serious-medical-condition = Has a serious medical condition
q-needs-medical-escort = Needs a medical escort to travel
q-pregnant = Is pregnant
q-single-woman-or-female-head-of-household = Single woman or female head of household
q-survivor-of-violence-or-torture = Survivor of violence or torture
q-needs-interpreter = Needs an interpreter

## Registration
register-title = Register a person and open a case
register-intro = Write names as the person writes and says them. Everything here can be corrected later.
register-person = The person
register-case = The return
register-submit = Register and open the case

## Fields
field-number = Case number
field-person = Person
field-stage = Stage
field-category = Return category
field-route = From → to
field-priority = Priority
field-flag = Flag
field-host-country = Host country
field-return-country = Country of return
field-relation = The country of return is the person's
field-community = Community of return
field-region = Region (admin 1)
field-pcode = P-code
field-pcode-hint = if known, e.g. GN6
field-locality = Town or village
field-opened = Opened
field-in-stage-since = In this stage since
field-case-worker = Case worker
field-given-names = Given names
field-family-name = Family name
field-original-given-names = Given names in Arabic script
field-original-family-name = Family name in Arabic script
field-original-hint = if the person writes their name in Arabic script
field-as-spoken = Name as it sounds
field-as-spoken-hint = to help interpreters and reception staff
field-alias = Also known as
field-sex = Sex
field-date-of-birth = Date of birth
field-date-of-birth-hint = YYYY-MM-DD, or only the year (YYYY)
field-precision = How exact is it?
field-nationality = Nationality
field-claimed-nationality = Nationality (as stated)
field-languages = Languages spoken
field-language = Language
field-phone = Phone
field-phone-hint = with country code, e.g. +227 90 12 34 56
field-place-of-birth = Place of birth
field-registered-in = Registered in
field-guardian = Guardian
field-guardian-name = Guardian's name
field-guardian-kind = Guardian is
field-organisation = Organisation
field-contact = Contact
field-held-on = Date of the session
field-mode = How
field-interpreter = Interpreter
field-interpreter-hint = name, if one was used
field-topics = Information given
field-notes = Notes
field-recorded = Recorded by
field-purpose = Consent to
field-given-on = Given on
field-method = How it was given
field-witness = Witness
field-witness-hint = required for oral consent
field-scope = What exactly was agreed
field-concern-kind = Kind of concern
field-description = Description
field-resolution = How it was resolved
field-service = Service
field-provider = Referred to
field-sent-on = Sent on
field-status = Status
field-note = Note
field-assessed-on = Assessed on
field-assessed-by = Assessed by
field-outcome = Outcome
field-summary = Summary
field-document-kind = Document
field-document-number = Number
field-issuing-country = Issued by (country)
field-country-hint = three-letter code, e.g. GIN
field-issued-on = Issued on
field-expires-on = Expires on
field-reference = Reference
field-authority = Authority
field-decided-on = Decided on
field-reason = Reason
field-closure-reason = Why is the case closed?
field-username = User name
field-name = Name
field-role = Role
field-countries = Countries
field-initial-password = Initial password
field-current-password = Current password
field-new-password = New password
field-new-password-hint = at least 12 characters; a phrase is easier to remember
field-new-password-again = New password again
field-action = Action
field-target = Record
field-from = From
field-to = Until
field-when = When
field-who = Who
field-correlation = Request

## Nationality
nationality-claimed = as stated, not verified
nationality-verified = verified

## Account
account-title = My account
account-you = You
account-password = Change my password
account-password-change = Change the password
account-sessions = Sessions
account-sessions-hint = Sessions end by themselves after 12 hours. If you used Bayiri on a shared or lost device, end every session now.
account-logout-everywhere = Log out on every device

## Users
users-title = Users of my organisation
users-new = New user
users-create = Create the user
user-active = Active
user-disabled = Disabled
user-disable = Disable
user-disable-confirm = Disable this user and end all their sessions?

## Audit
audit-title = Audit log
audit-none = No entry matches.

## Errors
error-title = Something went wrong
error-reference = Reference for support:
error-not-found-title = Not found
error-not-found = There is nothing here, or it is not in your organisation or countries.
error-forbidden-title = Not allowed
error-forbidden = Your role does not allow this.
error-version-conflict-title = Changed in the meantime
error-version-conflict = Someone changed this record while you were working on it. Reload it and apply your change again.
error-unavailable-title = Temporarily unavailable
error-unavailable = The database cannot be reached. Try again in a moment.
error-rate-limited-title = Too many attempts
error-rate-limited = Too many attempts. Wait a few minutes and try again.
error-csrf-title = Form expired
error-csrf = This form has expired or did not come from Bayiri. Go back, reload the page and try again.
error-bad-request-title = Not understood
error-bad-request = The request could not be understood.
error-internal-title = Internal error
error-internal = An unexpected error happened. It was logged; quote the reference below if you report it.

## Invalid input (by code)
invalid-required = This field is required.
invalid-name-required = Give at least a given name or a family name.
invalid-invalid-country = Choose a country.
invalid-invalid-language = Choose a language.
invalid-invalid-date = Give a date as YYYY-MM-DD.
invalid-date-in-future = This date is in the future.
invalid-invalid-date-of-birth = Give a date (YYYY-MM-DD) or a year (YYYY).
invalid-date-of-birth-in-future = The date of birth is in the future.
invalid-date-of-birth-too-old = The date of birth is more than 120 years ago.
invalid-too-long = This text is too long.
invalid-invalid-characters = This text contains characters that are not allowed.
invalid-invalid-phone = Give the phone number with its country code, e.g. +227 90 12 34 56.
invalid-invalid-email = This is not an e-mail address.
invalid-invalid-document-number = A document number has letters and digits only.
invalid-invalid-pcode = A P-code starts with two letters, e.g. GN6.
invalid-witness-required = Oral consent needs the name of a witness.
invalid-expires-before-issue = The document expires before it was issued.
invalid-same-as-host-country = The country of return must differ from the host country.
invalid-outside-your-scope = This is not one of your countries.
invalid-unknown-person = No such person.
invalid-reason-required = Give the reason.
invalid-invalid-flag = A flag has lower-case letters, digits or underscores.
invalid-password-too-short = The password needs at least 12 characters.
invalid-password-too-weak = Choose a password not based on the user name.
invalid-password-too-long = The password is too long.
invalid-wrong-password = The current password is wrong.
invalid-passwords-differ = The two new passwords differ.
invalid-invalid-username = A user name has 3 to 64 lower-case letters, digits, dots, dashes or underscores.
invalid-username-taken = This user name is taken.
invalid-cannot-disable-self = You cannot disable your own account.
invalid-no-issuing-office = Your organisation has no office that can issue the case number.

## Months
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Stages
stage-registered = Registered
stage-counselling = Counselling
stage-decided = Decided
stage-pre-departure = Preparing departure
stage-departed = Departed
stage-arrived = Arrived
stage-reintegration = Reintegration
stage-monitoring = Monitoring
stage-closed = Closed
move-to-registered = Back to registered
move-to-counselling = Start counselling
move-to-decided = Record the decision to return
move-to-pre-departure = Prepare the departure
move-to-departed = Record the departure
move-to-arrived = Record the arrival
move-to-reintegration = Start reintegration
move-to-monitoring = Start monitoring
move-to-closed = Close
move-back-registered = Back to registered
move-back-counselling = Back to counselling

## Return categories
category-assisted-voluntary-return-and-reintegration = Assisted voluntary return and reintegration
category-voluntary-humanitarian-return = Voluntary humanitarian return
category-assisted-voluntary-return = Assisted voluntary return
category-forced-return = Forced return
category-spontaneous-return = Spontaneous return
category-end-of-labour-contract = Return at the end of a labour contract
category-refugee-repatriation = Voluntary repatriation of refugees
relation-origin = country of origin
relation-transit = country of transit
relation-third-country = another third country
priority-normal = Normal
priority-high = High
priority-urgent = Urgent
closure-completed = Completed
closure-withdrew = Withdrew
closure-lost-contact = Contact lost
closure-re-migrated = Migrated again
closure-deceased = Deceased
closure-transferred = Transferred
closure-ineligible = Not eligible

## People
sex-female = Female
sex-male = Male
sex-other = Other
sex-unknown = Not known
precision-exact = Exact
precision-year-only = Year only
precision-estimated = Estimated
relationship-spouse = Spouse
relationship-child = Child
relationship-parent = Parent
relationship-sibling = Brother or sister
relationship-other-relative = Other relative
relationship-household-member = Household member
contact-phone = Phone
contact-email = E-mail
contact-address = Address
contact-messaging = Messaging
id-document-passport = Passport
id-document-national-id-card = National identity card
id-document-birth-certificate = Birth certificate
id-document-consular-card = Consular card
id-document-residence-permit = Residence permit
id-document-emergency-travel-document = Emergency travel document
id-document-laissez-passer = Laissez-passer
id-document-other = Other document
role-administrator = Administrator
role-counsellor = Counsellor
role-consular-officer = Consular officer
role-reception-officer = Reception officer
role-reintegration-officer = Reintegration officer
role-monitor = Monitor
role-me-analyst = M&E analyst
role-data-protection-officer = Data-protection officer

## Counselling and consent
mode-in-person = In person
mode-phone = By phone
mode-video = By video
topic-return-process = How the return works
topic-reintegration-assistance = Reintegration assistance
topic-right-to-seek-asylum = The right to seek asylum
topic-situation-in-country-of-return = The situation in the country of return
topic-travel-arrangements = Travel arrangements
topic-right-to-withdraw = The right to change one's mind
topic-health-and-special-needs = Health and special needs
topic-data-protection = How personal data is used
purpose-return = Return
purpose-data-processing = Processing of personal data
purpose-data-sharing-with-authorities = Sharing data with authorities of the country of return
purpose-data-sharing-with-service-providers = Sharing data with service providers
purpose-follow-up-contact = Being contacted after return
method-signature = Signature
method-thumbprint = Thumbprint
method-witnessed-oral = Oral, before a witness
outcome-back-to-counselling = Counselling continues
outcome-close-case = The person leaves the programme (the case closes)

## Protection
concern-non-refoulement-risk = Risk of refoulement
concern-pending-asylum-claim = Pending asylum claim
concern-suspensive-appeal = Suspensive appeal
concern-other = Other concern
service-anti-trafficking = Anti-trafficking assistance
service-child-protection = Child protection
service-medical = Medical care
service-psychosocial = Psychosocial support
service-legal = Legal aid
service-shelter = Shelter
service-asylum = Asylum procedure
service-other = Other service
referral-status-sent = Sent
referral-status-accepted = Accepted
referral-status-declined = Declined
referral-status-completed = Completed
guardian-kind-parent = A parent
guardian-kind-relative = A relative
guardian-kind-appointed-legal-guardian = An appointed legal guardian
guardian-kind-child-protection-authority = A child-protection authority
bia-return-in-best-interests = Return is in the child's best interests
bia-return-not-in-best-interests = Return is not in the child's best interests
document-passport = Passport
document-emergency-travel-document = Emergency travel document
document-laissez-passer = Laissez-passer

## Screening results
vulnerability-unaccompanied-or-separated-child = Unaccompanied or separated child
vulnerability-presumed-victim-of-trafficking = Presumed victim of trafficking
vulnerability-elderly = Older person
vulnerability-disability = Person with a disability
vulnerability-serious-medical-condition = Serious medical condition
vulnerability-single-woman-or-female-headed-household = Single woman or female-headed household
vulnerability-survivor-of-violence-or-torture = Survivor of violence or torture
vulnerability-pregnant = Pregnant woman
need-escort = Escort
need-medical-escort = Medical escort
need-guardian = Guardian
need-interpreter = Interpreter
need-wheelchair = Wheelchair
need-shelter-on-arrival = Shelter on arrival
indicator-deceived-about-work-or-conditions = Deceived about the work or conditions
indicator-documents-confiscated = Documents taken away
indicator-debt-bondage = Debt bondage
indicator-restricted-movement = Movement restricted
indicator-threats-or-violence = Threats or violence
indicator-no-control-over-earnings = No control over earnings
indicator-forced-labour = Forced labour
indicator-sexual-exploitation = Sexual exploitation

## Guards (why a move is blocked, and what to do)
guard-counselling-missing = A voluntary return must be an informed decision, and no counselling session is recorded.
guard-counselling-missing-remedy = Record a counselling session held in a language the person understands.
guard-consent-missing = A voluntary return needs the person's recorded consent to return, and there is none that stands.
guard-consent-missing-remedy = Record the person's consent to return.
guard-return-decision-missing = A forced return can only go ahead on an enforceable return decision, and none is recorded.
guard-return-decision-missing-remedy = Record the return decision.
guard-trafficking-referral-missing = The person is presumed a victim of trafficking and must first be referred to specialised assistance.
guard-trafficking-referral-missing-remedy = Record a referral to anti-trafficking assistance.
guard-protection-concern-open = A protection concern is open (risk of refoulement, asylum claim or suspensive appeal): nobody may be removed while it is.
guard-protection-concern-open-remedy = Wait until it is resolved; an authorised officer then closes it.
guard-guardian-missing = The person is an unaccompanied or separated child and no guardian is recorded.
guard-guardian-missing-remedy = Record the child's guardian.
guard-best-interests-assessment-missing = The person is an unaccompanied or separated child and no best-interests assessment is recorded.
guard-best-interests-assessment-missing-remedy = Have a best-interests assessment carried out and record it.
guard-best-interests-against-return = The latest best-interests assessment found that return is not in the child's best interests.
guard-best-interests-against-return-remedy = The child must not be returned; record a new assessment only if the situation changed.
guard-travel-document-missing = No travel document is recorded.
guard-travel-document-missing-remedy = Record the passport, emergency travel document or laissez-passer.
guard-travel-document-not-valid = No recorded travel document is valid today.
guard-travel-document-not-valid-remedy = Request a new travel document.
guard-protection-requirement-unmet = A protection requirement is not met yet.
guard-protection-requirement-unmet-remedy = A counsellor on the case can see it and act.

## Timeline
event-case-opened = Case opened
event-details-updated = Details changed
event-stage-changed = Stage changed
event-case-closed = Case closed
event-case-reopened = Case reopened
event-counselling-recorded = Counselling session
event-consent-recorded = Consent recorded
event-consent-withdrawn = Consent withdrawn
event-screening-recorded = Screening recorded
event-protection-concern-raised = Protection concern raised
event-protection-concern-closed = Protection concern closed
event-referral-recorded = Referral
event-guardian-appointed = Guardian recorded
event-best-interests-assessed = Best-interests assessment
event-travel-document-recorded = Travel document
event-return-decision-recorded = Return decision recorded

## Audit actions
action-case-read-sensitive = Read sensitive data
action-case-create = Case opened
action-case-update = Case changed
action-case-transition = Case moved
action-case-reopen = Case reopened
action-case-counselling-record = Counselling recorded
action-case-consent-record = Consent recorded
action-case-consent-withdraw = Consent withdrawn
action-case-screening-record = Screening recorded
action-case-protection-concern-raise = Protection concern raised
action-case-protection-concern-close = Protection concern closed
action-case-referral-record = Referral recorded
action-case-guardian-appoint = Guardian recorded
action-case-best-interests-record = Best-interests assessment recorded
action-case-travel-document-record = Travel document recorded
action-case-return-decision-record = Return decision recorded
action-person-create = Person registered
action-person-update = Person changed
action-user-create = User created
action-user-disable = User disabled
action-user-set-language = Language chosen
action-auth-login = Logged in
action-auth-login-failed = Failed login
action-auth-logout = Logged out
action-auth-logout-everywhere = Logged out everywhere
action-auth-password-changed = Password changed
