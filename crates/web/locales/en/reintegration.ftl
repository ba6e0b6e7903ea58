# Reintegration: needs assessment, plans and tranches, programmes, directory and referrals,
# opportunities, follow-up and sustainability scores.

nav-plans = Plans to approve
nav-programmes = Programmes
nav-directory = Directory
nav-referrals = Referrals received
role-service-provider = Service provider
field-country = Country

## Closed lists
need-level-none = No need
need-level-low = Low
need-level-medium = Medium
need-level-high = High
item-type-business-start-up = Business start-up
item-type-vocational-training = Vocational training
item-type-education = Education
item-type-housing = Housing
item-type-medical-care = Medical care
item-type-psychosocial-support = Psychosocial support
item-type-legal-aid = Legal aid
item-type-family-tracing = Family tracing
item-type-job-placement = Job placement
item-type-community-project = Community project
item-type-other = Other
modality-cash = Cash
modality-in-kind = In kind
plan-kind-individual = Individual
plan-kind-collective = Collective
plan-kind-community = Community
plan-status-draft = Draft
plan-status-submitted = Waiting for approval
plan-status-approved = Approved
plan-status-completed = Completed
service-type-business-support = Business support
service-type-vocational-training = Vocational training
service-type-education = Education
service-type-housing = Housing
service-type-medical = Medical care
service-type-psychosocial = Psychosocial support
service-type-legal = Legal aid
service-type-family-tracing = Family tracing
service-type-job-placement = Job placement
service-type-micro-credit = Micro-credit
service-type-shelter = Shelter
service-type-child-protection = Child protection
service-type-anti-trafficking = Support to victims of trafficking
follow-up-status-due = Due
follow-up-status-done = Done
follow-up-status-cancelled = Cancelled
opportunity-kind-job = Job
opportunity-kind-training = Training place
opportunity-kind-credit = Credit scheme
opportunity-kind-value-chain = Value chain
survey-method-home-visit = Home visit
survey-method-office-visit = Office visit
survey-method-phone = Phone call
survey-answer-dont-know = Don't know
survey-answer-refused = Refused to answer
org-kind-government = Government
org-kind-international-organisation = International organisation
org-kind-ngo = NGO
org-kind-consulate = Consulate
org-kind-private-sector = Private sector
org-kind-micro-finance = Micro-finance
org-kind-training-centre = Training centre

## Case page section
reint-section = Reintegration
reint-after-arrival = Reintegration starts once the returnee has arrived.
reint-needs = Needs assessment
reint-needs-add = Record a needs assessment
reint-economic = Economic
reint-social = Social
reint-psychosocial = Psychosocial
reint-composite = Composite
reint-need-level = Level of need
reint-skills = Skills
reint-skills-hint = separated by commas
reint-education = Education
reint-family-situation = Family situation
reint-priorities = Priorities
reint-plans = Reintegration plans
reint-plan-add = Draft a reintegration plan
reint-no-programme = No active programme of your organisation covers this case.
reint-programme = Programme
reint-plan-kind = Kind of plan
reint-other-cases = Other returnees of a collective plan
reint-other-cases-hint = their case numbers, separated by commas
reint-plan-title = Plan
reint-items = Items
reint-items-hint = leave a row empty if not needed
reint-item-type = Item
reint-budget = Budget
reint-modality = Cash or in kind
reint-opportunity = Linked opportunity
reint-milestones = Milestones
reint-milestones-hint = each tranche is paid against a milestone; together they cover the budget
reint-milestone = Milestone
reint-due-on = Due on
reint-amount = Amount
reint-plan-save = Save the draft
reint-plan-change = Change the plan
reint-plan-save-changes = Save the changes
reint-referrals = Referrals to service providers
reint-no-provider = No provider of the directory serves this country yet.
reint-refer = Refer to a service provider
reint-provider = Provider
reint-service = Service
reint-referral-reason = Reason for the referral
reint-referral-reason-hint = the provider sees this, the returnee's name, languages, phone and place of return — nothing else
reint-refer-send = Send the referral
reint-follow-ups = Follow-ups
reint-month = { $count ->
    [one] { $formatted } month
   *[other] { $formatted } months
}
reint-overdue = Overdue
reint-not-scored = not scored
reint-unweighted = unweighted
reint-re-migrations = Re-migration
reint-re-migration-add = Record re-migration
reint-re-migration-hint = The returnee was registered again abroad. Monitoring ends and the case closes as “migrated again”.
reint-re-migration-country = Country where registered again
reint-learned-on = Learned on
reint-source = Source (who reported it)
reint-re-migration-save = Record and end monitoring

## Ceilings
reint-over-ceiling = The plan goes over the programme's ceilings:
reint-breach-per-person = { $planned } in total is more than the { $allowed } allowed for its beneficiaries.
reint-breach-item-type = { $planned } for { $item } is more than the { $allowed } allowed.
reint-breach-cash = { $planned } in cash is more than the programme's cash share of { $allowed }.

## Plan page
reint-plan-title-page = Reintegration plan
reint-beneficiaries = Beneficiaries
reint-total = Total budget
reint-paid = Paid
reint-reached-on = Reached on
reint-not-reached = not reached yet
reint-left = left to pay
reint-reach = Mark as reached
reint-pay = Pay a tranche
reint-paid-on = Paid on
reint-proof = Proof of payment
reint-proof-hint = receipt or photo: JPEG, PNG or PDF, at most 5 MB each
reint-pay-save = Record the payment
reint-tranches = Tranches paid
reint-approval = Approval
reint-drafted = Drafted
reint-submitted = Submitted
reint-approved = Approved
reint-returned = Returned for changes
reint-submit = Submit for approval
reint-four-eyes = You drafted or changed this plan: another officer approves it.
reint-approve = Approve the plan
reint-return = Return for changes
reint-return-note = What must change
reint-return-send = Return the plan
reint-plans-title = Plans to approve
reint-plans-waiting = Waiting for approval
reint-plans-none = No plan is waiting for approval.
reint-plans-mine = you worked on it

## Programmes
reint-programmes-title = Programmes
reint-programmes-none = No programme yet.
reint-programme-change = Change
reint-programme-new = Define a programme
reint-programme-code-hint = capital letters, digits and dashes; it never changes
reint-programme-countries-hint = ISO codes of the countries of return, separated by spaces (SEN GIN)
reint-programme-categories = Eligible return categories
reint-programme-categories-hint = none ticked: every category
reint-programme-currencies = Currencies, ceilings per person and budgets
reint-programme-currencies-hint = one row per currency the programme pays in; the budget may be left empty
reint-ceiling-per-person = Ceiling per person
reint-programme-item-ceilings = Ceilings per item type
reint-programme-item-ceilings-hint = optional; in one of the currencies above
reint-programme-months-hint = months after arrival, separated by spaces; 3 6 12 when empty
reint-programme-active = Takes new plans (a closed programme keeps its plans and payments)
reint-programme-cancel = Define a new programme instead
reint-closed = closed
reint-countries = Countries
reint-ceilings = Ceilings
reint-per-person = per person
reint-cash-share = Largest cash share
reint-scheme = Scoring scheme
reint-budget-consumed = Budget consumed
reint-committed = Committed
reint-remaining = Remaining
reint-awaiting = Awaiting approval

## Directory and opportunities
reint-directory-title = Service directory
reint-pcode = P-code of the area
reint-providers-found = { $count ->
    [one] { $formatted } provider
   *[other] { $formatted } providers
}
reint-providers-none = No provider matches.
reint-per-month = { $count ->
    [one] { $formatted } person a month
   *[other] { $formatted } people a month
}
reint-opportunities-title = Opportunities
reint-opportunities-search = Search jobs, training places, credit and value chains
reint-opportunity-kind = Kind
reint-sector = Sector
reint-opportunities-found = { $count ->
    [one] { $formatted } opportunity
   *[other] { $formatted } opportunities
}
reint-opportunities-none = No open opportunity matches.
reint-places = { $count ->
    [one] { $formatted } place
   *[other] { $formatted } places
}
reint-closes-on = closes on

## Referrals
reint-inbox-title = Referrals received
reint-inbox-none = No referral yet.
reint-referrals-found = { $count ->
    [one] { $formatted } referral
   *[other] { $formatted } referrals
}
reint-referral-title = Referral
reint-returnee = Returnee
reint-sent-on = Sent on
reint-phone = Phone
reint-place = Place of return
reint-exchange = Answers and messages
reint-referrer = the referring organisation
reint-accepted = Accepted
reint-declined = Declined
reint-completed = Completed
reint-message = Message
reint-answer = Answer the referral
reint-write = Write to the provider
reint-feedback = Feedback or message
reint-feedback-hint = required to decline, complete or send a message
reint-accept = Accept
reint-decline = Decline
reint-complete = Mark as completed
reint-send-message = Send as a message

## Survey
reint-survey-title = Follow-up survey
reint-scheme-version = { $name }, version { $version }
survey-default-name = Bayiri default sustainability scheme (unweighted)
reint-unweighted-hint = Every indicator and every dimension counts the same until your organisation loads its official weights.
reint-scores = Sustainability scores
reint-missing-answers = Not counted (don't know, refused or unanswered)
reint-questions = Questions
reint-conducted-on = Conducted on
reint-survey-method = How
reint-survey-hint = “Don't know” and “refused” are left out of the score, never counted as zero.
reint-number-between = A number between
reint-survey-save = Record the survey and score it
reint-home-follow-ups = Follow-ups overdue
reint-home-follow-ups-none = No follow-up is overdue.
reint-days-late = { $count ->
    [one] { $formatted } day late
   *[other] { $formatted } days late
}

## Questions of the default scheme
survey-income-satisfaction = How satisfied are you with what you earn now?
survey-income-satisfaction-very-satisfied = Very satisfied
survey-income-satisfaction-satisfied = Satisfied
survey-income-satisfaction-neutral = Neither satisfied nor dissatisfied
survey-income-satisfaction-dissatisfied = Dissatisfied
survey-income-satisfaction-very-dissatisfied = Very dissatisfied
survey-work-status = Do you have work or an activity that brings an income?
survey-work-status-regular = Regular work or own business
survey-work-status-occasional = Occasional work
survey-work-status-none = None
survey-food-reduced = How often did your household have to reduce meals in the last month?
survey-food-reduced-never = Never
survey-food-reduced-sometimes = Sometimes
survey-food-reduced-often = Often
survey-debt-burden = How heavy are your debts compared with what you spend in a month?
survey-debt-burden-none = No debts
survey-debt-burden-less = Less than a month's spending
survey-debt-burden-more = More than a month's spending
survey-debt-burden-cannot-repay = More than I can repay
survey-productive-assets = Do you own or rent what you need to work (land, tools, a shop, animals)?
survey-productive-assets-yes = Yes
survey-productive-assets-no = No
survey-housing = How is your housing?
survey-housing-good = Adequate and secure
survey-housing-poor = Poor or crowded
survey-housing-none = No stable housing
survey-health-access = Can you get health care when you need it?
survey-health-access-good = Good
survey-health-access-limited = Limited
survey-health-access-none = None
survey-school-access = Do the school-age children of your household go to school?
survey-school-access-all = All of them
survey-school-access-some = Some of them
survey-school-access-none = None of them
survey-school-access-no-children = No school-age children
survey-documents = Do you have the identity documents you need (ID card, birth certificate)?
survey-documents-yes = Yes
survey-documents-no = No
survey-safe-water = Does your household have safe drinking water?
survey-safe-water-good = Good
survey-safe-water-limited = Limited
survey-safe-water-none = None
survey-community-participation = How often do you take part in community activities (meetings, celebrations, associations)?
survey-community-participation-often = Often
survey-community-participation-sometimes = Sometimes
survey-community-participation-never = Never
survey-support-network = Do you have people you can count on if you need help?
survey-support-network-yes = Yes
survey-support-network-no = No
survey-discrimination = Have you felt discriminated against since your return?
survey-discrimination-never = Never
survey-discrimination-sometimes = Sometimes
survey-discrimination-often = Often
survey-distress = How often have you felt sad, anxious or angry in the last two weeks?
survey-distress-never = Never
survey-distress-sometimes = Sometimes
survey-distress-often = Often
survey-wish-to-migrate = Do you feel you must leave again to find a better life?
survey-wish-to-migrate-no = No
survey-wish-to-migrate-undecided = Undecided
survey-wish-to-migrate-yes = Yes

## Done
done-needs = The needs assessment is recorded.
done-plan = The plan is saved as a draft. Submit it for approval when it is ready.
done-service-referral = The referral is sent to the provider.
done-re-migration = The re-migration is recorded; monitoring has ended.
done-plan-submitted = The plan is submitted for approval.
done-plan-approved = The plan is approved.
done-plan-returned = The plan is returned to its drafter.
done-milestone = The milestone is marked as reached.
done-tranche = The tranche is paid and its proof kept.
done-survey = The survey is recorded and scored.
done-referral-accept = You accepted the referral.
done-referral-decline = You declined the referral.
done-referral-complete = The referral is completed.
done-referral-message = Your message is sent.

## Refusals and invalid values
refusal-over-ceiling = The plan goes over the programme's ceilings.
refusal-four-eyes = Whoever drafted or changed a plan does not approve it: another officer must.
refusal-plan-not-draft = Only a draft plan can change.
refusal-plan-not-submitted = Only a plan waiting for approval is approved or returned.
refusal-plan-not-approved = Tranches are paid on approved plans only.
refusal-milestones-do-not-cover-budget = The milestones must add up to the plan's budget.
refusal-budget-exhausted = The programme's remaining budget does not cover this plan.
refusal-budget-below-committed = The budget cannot go below what approved plans already commit.
refusal-unknown-milestone = This plan has no such milestone.
refusal-milestone-not-reached = The milestone is not reached yet: mark it as reached first.
refusal-milestone-already-reached = This milestone was already reached.
refusal-over-milestone = The amount is more than what is left to pay for this milestone.
refusal-proof-missing = A payment needs its proof: attach a receipt or a photo.
refusal-currency-not-allowed = The programme does not pay in this currency.
refusal-not-arrived = Reintegration starts once the returnee has arrived.
refusal-case-closed = The case is closed.
refusal-programme-closed = The programme no longer takes new plans.
refusal-country-not-covered = The programme does not cover this country of return.
refusal-category-not-eligible = The programme does not cover this return category.
refusal-programme-code-fixed = A programme's code does not change.
refusal-follow-up-not-due = This follow-up is not due any more.
refusal-referral-move-not-allowed = The referral cannot move to this status now.
refusal-scheme-version-not-newer = A scoring scheme is loaded as a newer version than the one in use.
invalid-collective-plan = A collective plan names the other returnees' cases.
invalid-individual-plan = An individual plan has one beneficiary.
invalid-currency-not-allowed = The programme does not pay in this currency.
invalid-duplicate-currency = This currency is given twice.
invalid-duplicate-item-type = This item type is given twice.
invalid-invalid-answer = Not one of the possible answers.
invalid-invalid-follow-up-months = Months between 1 and 60, in increasing order.
invalid-invalid-json = This is not a valid scheme document.
invalid-invalid-percent = A percentage between 0 and 100.
invalid-invalid-programme-code = Capital letters, digits and dashes (e.g. MLI-REINT-2026).
invalid-no-answers = Answer at least one question.
invalid-not-arrived = This returnee has not arrived yet.
invalid-not-this-case = Choose another case than this one.
invalid-provider-inactive = This provider no longer takes referrals.
invalid-same-as-return-country = This is the country of return.
invalid-service-not-offered = This provider does not offer this service.
invalid-too-many = Too many entries.
invalid-unknown = Choose one from the list.
invalid-unknown-action = Not an action on a referral.
invalid-unknown-question = Not a question of this survey.
invalid-unknown-scheme = Load this scoring scheme first.

## Maintaining the directory
reint-provider-add = Add to the directory
reint-provider-add-hint = An organisation, the services it offers, where, and how to reach it
reint-provider-change = Change
reint-provider-change-hint = Its services, the areas it covers, its capacity and how to reach it
reint-areas-covered = Areas covered
reint-areas-hint = one row per country or region; the P-code makes the area findable by place
reint-services-offered = Services offered
reint-area-country = Country served
reint-area-name = Area (region, town)
reint-capacity = People it can take a month
reint-contact-person = Contact person
reint-email = E-mail
reint-opportunity-add = Publish an opportunity
reint-opportunity-change = Change the opportunity
reint-opportunity-add-hint = A job, a training place, a credit scheme or a value chain
reint-offered-by = Offered by
reint-places-count = Places
reint-closes-on-field = Closes on
done-provider = The organisation is in the directory.
done-opportunity = The opportunity is published.

invalid-programme-code-taken = Another programme already has this code.
