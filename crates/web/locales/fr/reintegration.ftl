# Réintégration : évaluation des besoins, plans et tranches, programmes, répertoire et orientations,
# opportunités, suivi et scores de durabilité.

nav-plans = Plans à approuver
nav-programmes = Programmes
nav-directory = Répertoire
nav-referrals = Orientations reçues
role-service-provider = Prestataire de services
field-country = Pays

## Closed lists
need-level-none = Aucun besoin
need-level-low = Faible
need-level-medium = Moyen
need-level-high = Élevé
item-type-business-start-up = Création d'entreprise
item-type-vocational-training = Formation professionnelle
item-type-education = Éducation
item-type-housing = Logement
item-type-medical-care = Soins médicaux
item-type-psychosocial-support = Soutien psychosocial
item-type-legal-aid = Aide juridique
item-type-family-tracing = Recherche des familles
item-type-job-placement = Placement en emploi
item-type-community-project = Projet communautaire
item-type-other = Autre
modality-cash = En espèces
modality-in-kind = En nature
plan-kind-individual = Individuel
plan-kind-collective = Collectif
plan-kind-community = Communautaire
plan-status-draft = Brouillon
plan-status-submitted = En attente d'approbation
plan-status-approved = Approuvé
plan-status-completed = Terminé
service-type-business-support = Appui aux entreprises
service-type-vocational-training = Formation professionnelle
service-type-education = Éducation
service-type-housing = Logement
service-type-medical = Soins médicaux
service-type-psychosocial = Soutien psychosocial
service-type-legal = Aide juridique
service-type-family-tracing = Recherche des familles
service-type-job-placement = Placement en emploi
service-type-micro-credit = Microcrédit
service-type-shelter = Hébergement
service-type-child-protection = Protection de l'enfance
service-type-anti-trafficking = Assistance aux victimes de traite
follow-up-status-due = À réaliser
follow-up-status-done = Réalisé
follow-up-status-cancelled = Annulé
opportunity-kind-job = Emploi
opportunity-kind-training = Place de formation
opportunity-kind-credit = Dispositif de crédit
opportunity-kind-value-chain = Chaîne de valeur
survey-method-home-visit = Visite à domicile
survey-method-office-visit = Visite au bureau
survey-method-phone = Appel téléphonique
survey-answer-dont-know = Ne sait pas
survey-answer-refused = Refus de répondre
org-kind-government = Gouvernement
org-kind-international-organisation = Organisation internationale
org-kind-ngo = ONG
org-kind-consulate = Consulat
org-kind-private-sector = Secteur privé
org-kind-micro-finance = Microfinance
org-kind-training-centre = Centre de formation

## Case page section
reint-section = Réintégration
reint-after-arrival = La réintégration commence une fois le retourné arrivé.
reint-needs = Évaluation des besoins
reint-needs-add = Enregistrer une évaluation des besoins
reint-economic = Économique
reint-social = Social
reint-psychosocial = Psychosocial
reint-composite = Composite
reint-need-level = Niveau de besoin
reint-skills = Compétences
reint-skills-hint = séparées par des virgules
reint-education = Niveau d'instruction
reint-family-situation = Situation familiale
reint-priorities = Priorités
reint-plans = Plans de réintégration
reint-plan-add = Rédiger un plan de réintégration
reint-no-programme = Aucun programme actif de votre organisation ne couvre ce dossier.
reint-programme = Programme
reint-plan-kind = Type de plan
reint-other-cases = Autres retournés d'un plan collectif
reint-other-cases-hint = leurs numéros de dossier, séparés par des virgules
reint-plan-title = Plan
reint-items = Éléments
reint-items-hint = laissez une ligne vide si elle n'est pas nécessaire
reint-item-type = Élément
reint-budget = Budget
reint-modality = En espèces ou en nature
reint-opportunity = Opportunité liée
reint-milestones = Jalons
reint-milestones-hint = chaque tranche est versée contre un jalon ; ensemble, ils couvrent le budget
reint-milestone = Jalon
reint-due-on = Prévu le
reint-amount = Montant
reint-plan-save = Enregistrer le brouillon
reint-plan-change = Modifier le plan
reint-plan-save-changes = Enregistrer les modifications
reint-referrals = Orientations vers des prestataires de services
reint-no-provider = Aucun prestataire du répertoire n'intervient encore dans ce pays.
reint-refer = Orienter vers un prestataire de services
reint-provider = Prestataire
reint-service = Service
reint-referral-reason = Motif de l'orientation
reint-referral-reason-hint = le prestataire voit ceci, ainsi que le nom, les langues, le téléphone et le lieu de retour du retourné — rien d'autre
reint-refer-send = Envoyer l'orientation
reint-follow-ups = Suivis
reint-month = { $count ->
    [one] { $formatted } mois
   *[other] { $formatted } mois
}
reint-overdue = En retard
reint-not-scored = sans score
reint-unweighted = non pondéré
reint-re-migrations = Nouvelle migration
reint-re-migration-add = Enregistrer une nouvelle migration
reint-re-migration-hint = Le retourné a de nouveau été enregistré à l'étranger. Le suivi prend fin et le dossier est clôturé pour « nouvelle migration ».
reint-re-migration-country = Pays du nouvel enregistrement
reint-learned-on = Information reçue le
reint-source = Source (qui l'a signalé)
reint-re-migration-save = Enregistrer et mettre fin au suivi

## Ceilings
reint-over-ceiling = Le plan dépasse les plafonds du programme :
reint-breach-per-person = { $planned } au total, c'est plus que les { $allowed } autorisés pour ses bénéficiaires.
reint-breach-item-type = { $planned } pour { $item }, c'est plus que les { $allowed } autorisés.
reint-breach-cash = { $planned } en espèces, c'est plus que la part en espèces du programme, soit { $allowed }.

## Plan page
reint-plan-title-page = Plan de réintégration
reint-beneficiaries = Bénéficiaires
reint-total = Budget total
reint-paid = Versé
reint-reached-on = Atteint le
reint-not-reached = pas encore atteint
reint-left = reste à verser
reint-reach = Marquer comme atteint
reint-pay = Verser une tranche
reint-paid-on = Versée le
reint-proof = Justificatif de paiement
reint-proof-hint = reçu ou photo : JPEG, PNG ou PDF, 5 Mo au plus chacun
reint-pay-save = Enregistrer le versement
reint-tranches = Tranches versées
reint-approval = Approbation
reint-drafted = Rédigé
reint-submitted = Soumis
reint-approved = Approuvé
reint-returned = Renvoyé pour modifications
reint-submit = Soumettre pour approbation
reint-four-eyes = Vous avez rédigé ou modifié ce plan : c'est un autre agent qui l'approuve.
reint-approve = Approuver le plan
reint-return = Renvoyer pour modifications
reint-return-note = Ce qui doit changer
reint-return-send = Renvoyer le plan
reint-plans-title = Plans à approuver
reint-plans-waiting = En attente d'approbation
reint-plans-none = Aucun plan n'attend d'approbation.
reint-plans-mine = vous y avez travaillé

## Programmes
reint-programmes-title = Programmes
reint-programmes-none = Aucun programme pour l'instant.
reint-programme-change = Modifier
reint-programme-new = Définir un programme
reint-programme-code-hint = majuscules, chiffres et tirets ; il ne change jamais
reint-programme-countries-hint = codes ISO des pays de retour, séparés par des espaces (SEN GIN)
reint-programme-categories = Catégories de retour éligibles
reint-programme-categories-hint = aucune cochée : toutes les catégories
reint-programme-currencies = Monnaies, plafonds par personne et budgets
reint-programme-currencies-hint = une ligne par monnaie dans laquelle le programme paie ; le budget peut rester vide
reint-ceiling-per-person = Plafond par personne
reint-programme-item-ceilings = Plafonds par type de poste
reint-programme-item-ceilings-hint = facultatif ; dans l'une des monnaies ci-dessus
reint-programme-months-hint = mois après l'arrivée, séparés par des espaces ; 3 6 12 si vide
reint-programme-active = Accepte de nouveaux plans (un programme clos garde ses plans et ses paiements)
reint-programme-cancel = Définir plutôt un nouveau programme
reint-closed = clôturé
reint-countries = Pays
reint-ceilings = Plafonds
reint-per-person = par personne
reint-cash-share = Part maximale en espèces
reint-scheme = Barème de notation
reint-budget-consumed = Budget consommé
reint-committed = Engagé
reint-remaining = Restant
reint-awaiting = En attente d'approbation

## Directory and opportunities
reint-directory-title = Répertoire des services
reint-pcode = P-code de la zone
reint-providers-found = { $count ->
    [one] { $formatted } prestataire
   *[other] { $formatted } prestataires
}
reint-providers-none = Aucun prestataire ne correspond.
reint-per-month = { $count ->
    [one] { $formatted } personne par mois
   *[other] { $formatted } personnes par mois
}
reint-opportunities-title = Opportunités
reint-opportunities-search = Rechercher des emplois, des places de formation, des crédits et des chaînes de valeur
reint-opportunity-kind = Type
reint-sector = Secteur
reint-opportunities-found = { $count ->
    [one] { $formatted } opportunité
   *[other] { $formatted } opportunités
}
reint-opportunities-none = Aucune opportunité ouverte ne correspond.
reint-places = { $count ->
    [one] { $formatted } place
   *[other] { $formatted } places
}
reint-closes-on = clôture le

## Referrals
reint-inbox-title = Orientations reçues
reint-inbox-none = Aucune orientation pour l'instant.
reint-referrals-found = { $count ->
    [one] { $formatted } orientation
   *[other] { $formatted } orientations
}
reint-referral-title = Orientation
reint-returnee = Retourné
reint-sent-on = Envoyée le
reint-phone = Téléphone
reint-place = Lieu de retour
reint-exchange = Réponses et messages
reint-referrer = l'organisation qui a orienté
reint-accepted = Acceptée
reint-declined = Refusée
reint-completed = Terminée
reint-message = Message
reint-answer = Répondre à l'orientation
reint-write = Écrire au prestataire
reint-feedback = Retour ou message
reint-feedback-hint = obligatoire pour refuser, terminer ou envoyer un message
reint-accept = Accepter
reint-decline = Refuser
reint-complete = Marquer comme terminée
reint-send-message = Envoyer comme message

## Survey
reint-survey-title = Enquête de suivi
reint-scheme-version = { $name }, version { $version }
survey-default-name = Barème de durabilité par défaut de Bayiri (non pondéré)
reint-unweighted-hint = Chaque indicateur et chaque dimension comptent autant tant que votre organisation n'a pas chargé ses pondérations officielles.
reint-scores = Scores de durabilité
reint-missing-answers = Non comptées (ne sait pas, refus ou sans réponse)
reint-questions = Questions
reint-conducted-on = Réalisée le
reint-survey-method = Comment
reint-survey-hint = « Ne sait pas » et « Refus de répondre » sont exclus du score, jamais comptés comme zéro.
reint-number-between = Un nombre entre
reint-survey-save = Enregistrer l'enquête et calculer le score
reint-home-follow-ups = Suivis en retard
reint-home-follow-ups-none = Aucun suivi n'est en retard.
reint-days-late = { $count ->
    [one] { $formatted } jour de retard
   *[other] { $formatted } jours de retard
}

## Questions of the default scheme
survey-income-satisfaction = Êtes-vous satisfait(e) de ce que vous gagnez aujourd'hui ?
survey-income-satisfaction-very-satisfied = Très satisfait(e)
survey-income-satisfaction-satisfied = Satisfait(e)
survey-income-satisfaction-neutral = Ni satisfait(e) ni insatisfait(e)
survey-income-satisfaction-dissatisfied = Insatisfait(e)
survey-income-satisfaction-very-dissatisfied = Très insatisfait(e)
survey-work-status = Avez-vous un travail ou une activité qui vous rapporte de l'argent ?
survey-work-status-regular = Travail régulier ou activité à mon compte
survey-work-status-occasional = Travail de temps en temps
survey-work-status-none = Aucun
survey-food-reduced = Le mois dernier, combien de fois votre foyer a-t-il dû manger moins de repas ?
survey-food-reduced-never = Jamais
survey-food-reduced-sometimes = Parfois
survey-food-reduced-often = Souvent
survey-debt-burden = Combien devez-vous, par rapport à ce que vous dépensez en un mois ?
survey-debt-burden-none = Pas de dettes
survey-debt-burden-less = Moins que les dépenses d'un mois
survey-debt-burden-more = Plus que les dépenses d'un mois
survey-debt-burden-cannot-repay = Plus que je ne peux rembourser
survey-productive-assets = Avez-vous, à vous ou en location, ce qu'il faut pour travailler (terre, outils, boutique, animaux) ?
survey-productive-assets-yes = Oui
survey-productive-assets-no = Non
survey-housing = Comment est votre logement ?
survey-housing-good = Correct et sûr
survey-housing-poor = En mauvais état ou surpeuplé
survey-housing-none = Pas de logement stable
survey-health-access = Pouvez-vous vous faire soigner quand vous en avez besoin ?
survey-health-access-good = Oui, facilement
survey-health-access-limited = Difficilement
survey-health-access-none = Non
survey-school-access = Les enfants de votre foyer qui ont l'âge d'aller à l'école y vont-ils ?
survey-school-access-all = Tous
survey-school-access-some = Certains
survey-school-access-none = Aucun
survey-school-access-no-children = Pas d'enfant en âge d'aller à l'école
survey-documents = Avez-vous les papiers d'identité dont vous avez besoin (carte d'identité, acte de naissance) ?
survey-documents-yes = Oui
survey-documents-no = Non
survey-safe-water = Votre foyer a-t-il de l'eau potable, bonne à boire ?
survey-safe-water-good = Oui, facilement
survey-safe-water-limited = Difficilement
survey-safe-water-none = Non
survey-community-participation = Combien de fois participez-vous aux activités de la communauté (réunions, fêtes, associations) ?
survey-community-participation-often = Souvent
survey-community-participation-sometimes = Parfois
survey-community-participation-never = Jamais
survey-support-network = Avez-vous des personnes sur qui compter si vous avez besoin d'aide ?
survey-support-network-yes = Oui
survey-support-network-no = Non
survey-discrimination = Depuis votre retour, avez-vous été traité(e) injustement ou mis(e) à l'écart ?
survey-discrimination-never = Jamais
survey-discrimination-sometimes = Parfois
survey-discrimination-often = Souvent
survey-distress = Ces deux dernières semaines, combien de fois vous êtes-vous senti(e) triste, angoissé(e) ou en colère ?
survey-distress-never = Jamais
survey-distress-sometimes = Parfois
survey-distress-often = Souvent
survey-wish-to-migrate = Pensez-vous devoir repartir pour trouver une vie meilleure ?
survey-wish-to-migrate-no = Non
survey-wish-to-migrate-undecided = Je ne suis pas décidé(e)
survey-wish-to-migrate-yes = Oui

## Done
done-needs = L'évaluation des besoins est enregistrée.
done-plan = Le plan est enregistré comme brouillon. Soumettez-le pour approbation quand il sera prêt.
done-service-referral = L'orientation est envoyée au prestataire.
done-re-migration = La nouvelle migration est enregistrée ; le suivi a pris fin.
done-plan-submitted = Le plan est soumis pour approbation.
done-plan-approved = Le plan est approuvé.
done-plan-returned = Le plan est renvoyé à la personne qui l'a rédigé.
done-milestone = Le jalon est marqué comme atteint.
done-tranche = La tranche est versée et son justificatif conservé.
done-survey = L'enquête est enregistrée et son score calculé.
done-referral-accept = Vous avez accepté l'orientation.
done-referral-decline = Vous avez refusé l'orientation.
done-referral-complete = L'orientation est terminée.
done-referral-message = Votre message est envoyé.

## Refusals and invalid values
refusal-over-ceiling = Le plan dépasse les plafonds du programme.
refusal-four-eyes = La personne qui a rédigé ou modifié un plan ne l'approuve pas : un autre agent doit le faire.
refusal-plan-not-draft = Seul un plan en brouillon peut être modifié.
refusal-plan-not-submitted = Seul un plan en attente d'approbation peut être approuvé ou renvoyé.
refusal-plan-not-approved = Les tranches ne sont versées que sur des plans approuvés.
refusal-milestones-do-not-cover-budget = La somme des jalons doit être égale au budget du plan.
refusal-budget-exhausted = Le budget restant du programme ne couvre pas ce plan.
refusal-budget-below-committed = Le budget ne peut pas descendre sous ce que les plans approuvés engagent déjà.
refusal-unknown-milestone = Ce plan n'a pas ce jalon.
refusal-milestone-not-reached = Le jalon n'est pas encore atteint : marquez-le d'abord comme atteint.
refusal-milestone-already-reached = Ce jalon a déjà été atteint.
refusal-over-milestone = Le montant dépasse ce qui reste à verser pour ce jalon.
refusal-proof-missing = Un versement doit avoir son justificatif : joignez un reçu ou une photo.
refusal-currency-not-allowed = Le programme ne paie pas dans cette monnaie.
refusal-not-arrived = La réintégration commence une fois le retourné arrivé.
refusal-case-closed = Le dossier est clôturé.
refusal-programme-closed = Le programme n'accepte plus de nouveaux plans.
refusal-country-not-covered = Le programme ne couvre pas ce pays de retour.
refusal-category-not-eligible = Le programme ne couvre pas cette catégorie de retour.
refusal-programme-code-fixed = Le code d'un programme ne change pas.
refusal-follow-up-not-due = Ce suivi n'est plus à réaliser.
refusal-referral-move-not-allowed = L'orientation ne peut pas prendre ce statut maintenant.
refusal-scheme-version-not-newer = Un barème de notation se charge dans une version plus récente que celle en usage.
invalid-collective-plan = Un plan collectif indique les dossiers des autres retournés.
invalid-individual-plan = Un plan individuel a un seul bénéficiaire.
invalid-currency-not-allowed = Le programme ne paie pas dans cette monnaie.
invalid-duplicate-currency = Cette monnaie est indiquée deux fois.
invalid-duplicate-item-type = Ce type d'élément est indiqué deux fois.
invalid-invalid-answer = Ce n'est pas l'une des réponses possibles.
invalid-invalid-follow-up-months = Des mois entre 1 et 60, par ordre croissant.
invalid-invalid-json = Ce n'est pas un document de barème valide.
invalid-invalid-percent = Un pourcentage entre 0 et 100.
invalid-invalid-programme-code = Majuscules, chiffres et tirets (par ex. MLI-REINT-2026).
invalid-no-answers = Répondez à au moins une question.
invalid-not-arrived = Ce retourné n'est pas encore arrivé.
invalid-not-this-case = Choisissez un autre dossier que celui-ci.
invalid-provider-inactive = Ce prestataire n'accepte plus d'orientations.
invalid-same-as-return-country = C'est le pays de retour.
invalid-service-not-offered = Ce prestataire n'offre pas ce service.
invalid-too-many = Trop d'entrées.
invalid-unknown = Choisissez dans la liste.
invalid-unknown-action = Ce n'est pas une action possible sur une orientation.
invalid-unknown-question = Ce n'est pas une question de cette enquête.
invalid-unknown-scheme = Chargez d'abord ce barème de notation.

## Maintaining the directory
reint-provider-add = Ajouter à l'annuaire
reint-provider-add-hint = Une organisation, les services qu'elle offre, où, et comment la joindre
reint-provider-change = Modifier
reint-provider-change-hint = Ses services, les zones couvertes, sa capacité et comment le joindre
reint-areas-covered = Zones couvertes
reint-areas-hint = une ligne par pays ou région ; le P-code permet de retrouver la zone par lieu
reint-services-offered = Services offerts
reint-area-country = Pays couvert
reint-area-name = Zone (région, ville)
reint-capacity = Personnes accueillies par mois
reint-contact-person = Personne de contact
reint-email = Courriel
reint-opportunity-add = Publier une opportunité
reint-opportunity-change = Modifier l'opportunité
reint-opportunity-add-hint = Un emploi, une place de formation, un crédit ou une chaîne de valeur
reint-offered-by = Proposée par
reint-places-count = Places
reint-closes-on-field = Date de clôture
done-provider = L'organisation figure dans l'annuaire.
done-opportunity = L'opportunité est publiée.

invalid-programme-code-taken = Un autre programme a déjà ce code.
