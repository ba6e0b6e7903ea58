# Bayiri — messages de l'interface en français.
# Keys are grouped by page; domain words (stages, categories…) are at the end.

## Frame
skip-to-content = Aller au contenu
nav-label = Menu principal
nav-home = Mon travail
nav-cases = Dossiers
nav-register = Enregistrement
nav-users = Utilisateurs
nav-audit = Journal d'audit
nav-account = Mon compte
nav-logout = Se déconnecter
language = Langue
language-apply = Changer
language-browser = Selon le navigateur
back-home = Revenir à mon travail

## Common words
yes = Oui
no = Non
any = Tous
unknown = Non connu
none = Aucun
nobody = Personne
someone = Une autre personne
system = Bayiri (système)
none-yet = Rien n'est encore enregistré.
save = Enregistrer
choose = Choisir…
since = depuis le
restricted = accès restreint
what-to-do = Que faire :
pages = Pages
page-first = ← Première page
page-next = Page suivante →
form-has-errors = Veuillez corriger les champs signalés
answer-from-date-of-birth = Selon la date de naissance
answer-not-applicable = Sans objet (adulte)
answer-unknown = Non connu

## Login
login-title = Connexion
login-intro = Bayiri contient des données personnelles de personnes en situation de vulnérabilité. Connectez-vous uniquement avec votre propre compte.
login-username = Nom d'utilisateur
login-password = Mot de passe
login-submit = Se connecter
login-failed = Nom d'utilisateur ou mot de passe incorrect.
login-rate-limited = Trop de tentatives échouées. Réessayez dans { $minutes } min.
login-expired = Le formulaire de connexion avait expiré. Veuillez réessayer.

## Home
home-title = Mon travail
home-mine = Mes dossiers par étape
home-mine-none = Aucun dossier ne vous est attribué.
home-mine-all = { $count ->
    [one] Mon seul dossier
   *[other] Mes { $formatted } dossiers
}
home-overdue = En retard
home-overdue-hint = Dossiers restés dans leur étape plus longtemps que prévu.
home-overdue-none = Aucun dossier en retard.
home-overdue-all = Tous les dossiers en retard
home-recent = Modifiés récemment
home-recent-none = Aucun dossier modifié récemment.

## Case list
cases-title = Dossiers
cases-search = Rechercher par nom ou numéro de dossier
cases-search-hint = Toute orthographe enregistrée, dans toute écriture ; p. ex. Diallo ou NER-2026-000123.
cases-filter = Afficher
cases-only-mine = Seulement mes dossiers
cases-only-overdue = Seulement les dossiers en retard
cases-results = Résultats
cases-none = Aucun dossier ne correspond.

## Case page
case-title = Dossier
person-title = Personne
case-closed-as = Clôturé :
case-needs = Besoins particuliers et vulnérabilité
case-needs-none = Aucun besoin particulier enregistré.
case-vulnerabilities = Vulnérabilités
case-vulnerabilities-none = Aucune vulnérabilité identifiée.
case-screened-on = Évaluation faite le
case-screen = Évaluation de la vulnérabilité
case-next = Ce qui peut être fait maintenant
case-next-none = Aucune action n'est possible pour votre rôle à cette étape.
case-blocked = bloqué
case-close = Clôturer le dossier
case-reopen = Rouvrir le dossier
case-counselling = Entretiens de conseil
case-counselling-add = Enregistrer un entretien de conseil
case-consents = Consentements
case-consent-add = Enregistrer un consentement
consent-withdraw = Enregistrer le retrait de ce consentement
consent-withdraw-then = Après le retrait
consent-withdrawn-on = Retiré le
case-concerns = Préoccupations de protection
case-concern-add = Signaler une préoccupation de protection
concern-close = Clore cette préoccupation
case-referrals = Orientations
case-referral-add = Enregistrer une orientation
case-child = Protection de l'enfance
case-guardian-set = Enregistrer le tuteur
case-best-interests = Évaluations de l'intérêt supérieur de l'enfant
case-best-interests-add = Enregistrer une évaluation de l'intérêt supérieur de l'enfant
case-documents = Documents de voyage
case-document-add = Enregistrer un document de voyage
case-decision = Décision de retour
case-decision-set = Enregistrer la décision de retour
case-person = Personne
case-family = Membres de la famille inclus dans le dossier
case-family-none = La personne rentre seule.
case-timeline = Historique

## Outcomes of forms
done-registered = La personne est enregistrée et le dossier est ouvert.
done-move = Le dossier a changé d'étape.
done-close = Le dossier est clôturé.
done-reopen = Le dossier est rouvert.
done-counselling = L'entretien de conseil est enregistré.
done-consent = Le consentement est enregistré.
done-withdraw = Le retrait est enregistré.
done-screening = L'évaluation de la vulnérabilité est enregistrée.
done-concern = La préoccupation de protection est enregistrée.
done-concern-close = La préoccupation de protection est close.
done-referral = L'orientation est enregistrée.
done-guardian = Le tuteur est enregistré.
done-best-interests = L'évaluation de l'intérêt supérieur de l'enfant est enregistrée.
done-document = Le document de voyage est enregistré.
done-decision = La décision de retour est enregistrée.
done-password = Votre mot de passe est modifié. Vos autres sessions ont été fermées.
done-user-created = Le compte utilisateur est créé.
done-user-disabled = Le compte utilisateur est désactivé et ses sessions sont fermées.

## Refusals on a case
case-error-guards-unmet = Le dossier ne peut pas encore avancer : voyez ci-dessous ce qui le bloque.
case-error-transition-not-allowed = Ce passage n'existe pas depuis l'étape actuelle.
case-error-case-closed = Le dossier est clôturé ; rouvrez-le d'abord.
case-error-case-not-closed = Le dossier n'est pas clôturé.
case-error-closure-reason-not-allowed = Ce motif ne permet pas de clôturer un dossier à son étape actuelle.
case-error-record-not-found = Cet élément n'existe plus dans le dossier.
case-error-consent-already-withdrawn = Ce consentement a déjà été retiré.
case-error-concern-already-closed = Cette préoccupation a déjà été close.
case-error-already-departed = La personne est déjà partie.
case-error-not-voluntary-return = Le consentement au retour ne concerne que les retours volontaires.
case-error-not-forced-return = Une décision de retour ne concerne que les retours forcés.
case-error-change-not-allowed-at-stage = Ceci ne peut pas être modifié à l'étape actuelle du dossier.
case-error-nothing-to-change = Rien n'a été modifié.

## Screening
screening-title = Évaluation de la vulnérabilité
screening-intro = Posez les questions dans la langue de la personne, avec un interprète si nécessaire. Les réponses sont confidentielles et ne sont montrées qu'aux personnes qui en ont besoin.
screening-current = Résultat actuel :
screening-trafficking = Indices de traite
screening-trafficking-hint = Cochez ce que la personne rapporte ou ce que vous avez observé.
screening-other = Santé et situation
screening-save = Enregistrer l'évaluation
q-under-18 = La personne a-t-elle moins de 18 ans ?
q-under-18-hint = Répondez seulement si la date de naissance ne permet pas de trancher. En cas de doute, la personne est traitée comme un enfant.
q-with-parent = L'enfant voyage-t-il avec un parent ou avec la personne qui s'occupe habituellement de lui ?
q-with-parent-hint = Un enfant qui voyage sans eux est un mineur non accompagné ou séparé.
q-accommodation = La personne a-t-elle un lieu sûr où loger à l'arrivée ?
q-identified-victim-of-trafficking = Victime de traite identifiée par une autorité compétente
q-disability = En situation de handicap
q-uses-wheelchair = Se déplace en fauteuil roulant
q-serious-medical-condition = A un problème de santé grave
q-needs-medical-escort = A besoin d'une escorte médicale pour voyager
q-pregnant = Est enceinte
q-single-woman-or-female-head-of-household = Femme seule ou femme cheffe de ménage
q-survivor-of-violence-or-torture = A survécu à des violences ou à la torture
q-needs-interpreter = A besoin d'un interprète

## Registration
register-title = Enregistrer une personne et ouvrir un dossier
register-intro = Écrivez les noms comme la personne les écrit et les prononce. Tout peut être corrigé plus tard.
register-person = La personne
register-case = Le retour
register-submit = Enregistrer et ouvrir le dossier

## Fields
field-number = Numéro de dossier
field-person = Personne
field-stage = Étape
field-category = Catégorie de retour
field-route = De → vers
field-priority = Priorité
field-flag = Étiquette
field-host-country = Pays d'accueil
field-return-country = Pays de retour
field-relation = Lien de la personne avec le pays de retour
field-community = Communauté de retour
field-region = Région (niveau admin 1)
field-pcode = P-code
field-pcode-hint = si connu, p. ex. GN6
field-locality = Ville ou village
field-opened = Ouvert le
field-in-stage-since = À cette étape depuis
field-case-worker = Chargé(e) de dossier
field-given-names = Prénoms
field-family-name = Nom de famille
field-original-given-names = Prénoms en écriture arabe
field-original-family-name = Nom de famille en écriture arabe
field-original-hint = si la personne écrit son nom en écriture arabe
field-as-spoken = Prononciation du nom
field-as-spoken-hint = pour aider les interprètes et le personnel d'accueil
field-alias = Autres noms utilisés
field-sex = Sexe
field-date-of-birth = Date de naissance
field-date-of-birth-hint = YYYY-MM-DD (année-mois-jour), ou seulement l'année (YYYY)
field-precision = Degré de précision
field-nationality = Nationalité
field-claimed-nationality = Nationalité (déclarée)
field-languages = Langues parlées
field-language = Langue
field-phone = Téléphone
field-phone-hint = avec l'indicatif du pays, p. ex. +227 90 12 34 56
field-place-of-birth = Lieu de naissance
field-registered-in = Pays d'enregistrement
field-guardian = Tuteur
field-guardian-name = Nom du tuteur
field-guardian-kind = Le tuteur est
field-organisation = Organisation
field-contact = Contact
field-held-on = Date de l'entretien
field-mode = Modalité
field-interpreter = Interprète
field-interpreter-hint = son nom, si un interprète est intervenu
field-topics = Informations données
field-notes = Notes
field-recorded = Enregistré par
field-purpose = Objet du consentement
field-given-on = Donné le
field-method = Forme du consentement
field-witness = Témoin
field-witness-hint = obligatoire pour un consentement oral
field-scope = Ce qui a été accepté exactement
field-concern-kind = Type de préoccupation
field-description = Description
field-resolution = Comment elle a été résolue
field-service = Service
field-provider = Orienté vers
field-sent-on = Date d'envoi
field-status = Statut
field-note = Remarque
field-assessed-on = Date de l'évaluation
field-assessed-by = Évaluation faite par
field-outcome = Conclusion
field-summary = Résumé
field-document-kind = Document
field-document-number = Numéro
field-issuing-country = Délivré par (pays)
field-country-hint = code à trois lettres, p. ex. GIN
field-issued-on = Délivré le
field-expires-on = Expire le
field-reference = Référence
field-authority = Autorité
field-decided-on = Date de la décision
field-reason = Motif
field-closure-reason = Pourquoi le dossier est-il clôturé ?
field-username = Nom d'utilisateur
field-name = Nom
field-role = Rôle
field-countries = Pays
field-initial-password = Mot de passe initial
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
field-new-password-hint = au moins 12 caractères ; une phrase est plus facile à retenir
field-new-password-again = Confirmer le nouveau mot de passe
field-action = Action
field-target = Élément
field-from = Du
field-to = Au
field-when = Quand
field-who = Qui
field-correlation = Requête

## Nationality
nationality-claimed = déclarée, non vérifiée
nationality-verified = vérifiée

## Account
account-title = Mon compte
account-you = Vous
account-password = Changer mon mot de passe
account-password-change = Changer le mot de passe
account-sessions = Sessions
account-sessions-hint = Les sessions se ferment d'elles-mêmes après 12 heures. Si vous avez utilisé Bayiri sur un appareil partagé ou perdu, fermez toutes les sessions maintenant.
account-logout-everywhere = Se déconnecter sur tous les appareils

## Users
users-title = Utilisateurs de mon organisation
users-new = Nouveau compte utilisateur
users-create = Créer le compte
user-active = Actif
user-disabled = Désactivé
user-disable = Désactiver
user-disable-confirm = Désactiver ce compte et fermer toutes ses sessions ?

## Audit
audit-title = Journal d'audit
audit-none = Aucune entrée ne correspond.

## Errors
error-title = Un problème est survenu
error-reference = Référence pour l'assistance :
error-not-found-title = Introuvable
error-not-found = Il n'y a rien ici, ou cela ne relève pas de votre organisation ou de vos pays.
error-forbidden-title = Non autorisé
error-forbidden = Votre rôle ne le permet pas.
error-version-conflict-title = Modifié entre-temps
error-version-conflict = Quelqu'un a modifié cet élément pendant que vous y travailliez. Rechargez-le et refaites votre modification.
error-unavailable-title = Temporairement indisponible
error-unavailable = La base de données est inaccessible. Réessayez dans un instant.
error-rate-limited-title = Trop de tentatives
error-rate-limited = Trop de tentatives. Attendez quelques minutes et réessayez.
error-csrf-title = Formulaire expiré
error-csrf = Ce formulaire a expiré ou ne provient pas de Bayiri. Revenez en arrière, rechargez la page et réessayez.
error-bad-request-title = Demande incomprise
error-bad-request = La demande n'a pas pu être comprise.
error-internal-title = Erreur interne
error-internal = Une erreur inattendue s'est produite. Elle a été consignée ; indiquez la référence ci-dessous si vous la signalez.

## Invalid input (by code)
invalid-required = Ce champ est obligatoire.
invalid-name-required = Indiquez au moins un prénom ou un nom de famille.
invalid-invalid-country = Choisissez un pays.
invalid-invalid-language = Choisissez une langue.
invalid-invalid-date = Indiquez une date au format YYYY-MM-DD.
invalid-date-in-future = Cette date est dans le futur.
invalid-invalid-date-of-birth = Indiquez une date (YYYY-MM-DD) ou une année (YYYY).
invalid-date-of-birth-in-future = La date de naissance est dans le futur.
invalid-date-of-birth-too-old = La date de naissance remonte à plus de 120 ans.
invalid-too-long = Ce texte est trop long.
invalid-invalid-characters = Ce texte contient des caractères non autorisés.
invalid-invalid-phone = Indiquez le numéro de téléphone avec l'indicatif du pays, p. ex. +227 90 12 34 56.
invalid-invalid-email = Ce n'est pas une adresse e-mail.
invalid-invalid-document-number = Un numéro de document ne contient que des lettres et des chiffres.
invalid-invalid-pcode = Un P-code commence par deux lettres, p. ex. GN6.
invalid-witness-required = Un consentement oral nécessite le nom d'un témoin.
invalid-expires-before-issue = Le document expire avant sa date de délivrance.
invalid-same-as-host-country = Le pays de retour doit être différent du pays d'accueil.
invalid-outside-your-scope = Ce pays ne fait pas partie des vôtres.
invalid-unknown-person = Cette personne n'existe pas.
invalid-reason-required = Indiquez le motif.
invalid-invalid-flag = Une étiquette ne contient que des lettres minuscules, des chiffres ou des tirets bas.
invalid-password-too-short = Le mot de passe doit comporter au moins 12 caractères.
invalid-password-too-weak = Choisissez un mot de passe qui ne soit pas basé sur le nom d'utilisateur.
invalid-password-too-long = Le mot de passe est trop long.
invalid-wrong-password = Le mot de passe actuel est incorrect.
invalid-passwords-differ = Les deux nouveaux mots de passe sont différents.
invalid-invalid-username = Un nom d'utilisateur comporte de 3 à 64 caractères : lettres minuscules, chiffres, points, tirets ou tirets bas.
invalid-username-taken = Ce nom d'utilisateur est déjà pris.
invalid-cannot-disable-self = Vous ne pouvez pas désactiver votre propre compte.
invalid-no-issuing-office = Votre organisation n'a aucun bureau pouvant attribuer le numéro de dossier.

## Months
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Stages
stage-registered = Enregistré
stage-counselling = Conseil au retour
stage-decided = Décision prise
stage-pre-departure = Préparation du départ
stage-departed = Départ effectué
stage-arrived = Arrivée
stage-reintegration = Réintégration
stage-monitoring = Suivi
stage-closed = Clôturé
move-to-registered = Revenir à l'enregistrement
move-to-counselling = Commencer le conseil au retour
move-to-decided = Enregistrer la décision de rentrer
move-to-pre-departure = Préparer le départ
move-to-departed = Enregistrer le départ
move-to-arrived = Enregistrer l'arrivée
move-to-reintegration = Commencer la réintégration
move-to-monitoring = Commencer le suivi
move-to-closed = Clôturer
move-back-registered = Revenir à l'enregistrement
move-back-counselling = Revenir au conseil au retour

## Return categories
category-assisted-voluntary-return-and-reintegration = Retour volontaire assisté et réintégration
category-voluntary-humanitarian-return = Retour humanitaire volontaire
category-assisted-voluntary-return = Retour volontaire assisté
category-forced-return = Retour forcé
category-spontaneous-return = Retour spontané
category-end-of-labour-contract = Retour en fin de contrat de travail
category-refugee-repatriation = Rapatriement volontaire des réfugiés
relation-origin = pays d'origine
relation-transit = pays de transit
relation-third-country = autre pays tiers
priority-normal = Normale
priority-high = Haute
priority-urgent = Urgente
closure-completed = Mené à terme
closure-withdrew = Désistement
closure-lost-contact = Contact perdu
closure-re-migrated = Nouvelle migration
closure-deceased = Décès
closure-transferred = Transféré
closure-ineligible = Non éligible

## People
sex-female = Féminin
sex-male = Masculin
sex-other = Autre
sex-unknown = Non connu
precision-exact = Exacte
precision-year-only = Année seulement
precision-estimated = Estimée
relationship-spouse = Conjoint(e)
relationship-child = Enfant
relationship-parent = Parent
relationship-sibling = Frère ou sœur
relationship-other-relative = Autre membre de la famille
relationship-household-member = Membre du ménage
contact-phone = Téléphone
contact-email = E-mail
contact-address = Adresse
contact-messaging = Messagerie
id-document-passport = Passeport
id-document-national-id-card = Carte nationale d'identité
id-document-birth-certificate = Acte de naissance
id-document-consular-card = Carte consulaire
id-document-residence-permit = Titre de séjour
id-document-emergency-travel-document = Document de voyage d'urgence
id-document-laissez-passer = Laissez-passer
id-document-other = Autre document
role-administrator = Administrateur(trice)
role-counsellor = Conseiller(ère)
role-consular-officer = Agent consulaire
role-reception-officer = Agent d'accueil
role-reintegration-officer = Chargé(e) de réintégration
role-monitor = Chargé(e) de suivi
role-me-analyst = Analyste suivi-évaluation
role-data-protection-officer = Délégué(e) à la protection des données

## Counselling and consent
mode-in-person = En personne
mode-phone = Par téléphone
mode-video = Par vidéo
topic-return-process = Déroulement du retour
topic-reintegration-assistance = Aide à la réintégration
topic-right-to-seek-asylum = Le droit de demander l'asile
topic-situation-in-country-of-return = La situation dans le pays de retour
topic-travel-arrangements = Organisation du voyage
topic-right-to-withdraw = Le droit de changer d'avis
topic-health-and-special-needs = Santé et besoins particuliers
topic-data-protection = Utilisation des données personnelles
purpose-return = Retour
purpose-data-processing = Traitement des données personnelles
purpose-data-sharing-with-authorities = Partage des données avec les autorités du pays de retour
purpose-data-sharing-with-service-providers = Partage des données avec les prestataires de services
purpose-follow-up-contact = Être contacté(e) après le retour
method-signature = Signature
method-thumbprint = Empreinte du pouce
method-witnessed-oral = Oral, devant un témoin
outcome-back-to-counselling = Le conseil au retour continue
outcome-close-case = La personne quitte le programme (le dossier est clôturé)

## Protection
concern-non-refoulement-risk = Risque de refoulement
concern-pending-asylum-claim = Demande d'asile en cours
concern-suspensive-appeal = Recours suspensif
concern-other = Autre préoccupation
service-anti-trafficking = Assistance aux victimes de traite
service-child-protection = Protection de l'enfance
service-medical = Soins médicaux
service-psychosocial = Soutien psychosocial
service-legal = Aide juridique
service-shelter = Hébergement
service-asylum = Procédure d'asile
service-other = Autre service
referral-status-sent = Envoyée
referral-status-accepted = Acceptée
referral-status-declined = Refusée
referral-status-completed = Terminée
guardian-kind-parent = Un parent
guardian-kind-relative = Un membre de la famille
guardian-kind-appointed-legal-guardian = Un tuteur légal désigné
guardian-kind-child-protection-authority = Une autorité de protection de l'enfance
bia-return-in-best-interests = Le retour est dans l'intérêt supérieur de l'enfant
bia-return-not-in-best-interests = Le retour n'est pas dans l'intérêt supérieur de l'enfant
document-passport = Passeport
document-emergency-travel-document = Document de voyage d'urgence
document-laissez-passer = Laissez-passer

## Screening results
vulnerability-unaccompanied-or-separated-child = Mineur non accompagné ou séparé
vulnerability-presumed-victim-of-trafficking = Victime présumée de traite
vulnerability-elderly = Personne âgée
vulnerability-disability = Personne en situation de handicap
vulnerability-serious-medical-condition = Problème de santé grave
vulnerability-single-woman-or-female-headed-household = Femme seule ou ménage dirigé par une femme
vulnerability-survivor-of-violence-or-torture = Survivant(e) de violences ou de torture
vulnerability-pregnant = Femme enceinte
need-escort = Escorte
need-medical-escort = Escorte médicale
need-guardian = Tuteur
need-interpreter = Interprète
need-wheelchair = Fauteuil roulant
need-shelter-on-arrival = Hébergement à l'arrivée
indicator-deceived-about-work-or-conditions = Tromperie sur le travail ou les conditions
indicator-documents-confiscated = Documents confisqués
indicator-debt-bondage = Servitude pour dettes
indicator-restricted-movement = Liberté de mouvement restreinte
indicator-threats-or-violence = Menaces ou violences
indicator-no-control-over-earnings = Aucun contrôle sur ses revenus
indicator-forced-labour = Travail forcé
indicator-sexual-exploitation = Exploitation sexuelle

## Guards (why a move is blocked, and what to do)
guard-counselling-missing = Un retour volontaire doit être une décision éclairée, et aucun entretien de conseil n'est enregistré.
guard-counselling-missing-remedy = Enregistrez un entretien de conseil mené dans une langue que la personne comprend.
guard-consent-missing = Un retour volontaire nécessite le consentement de la personne au retour, enregistré, et aucun consentement en vigueur n'existe.
guard-consent-missing-remedy = Enregistrez le consentement de la personne au retour.
guard-return-decision-missing = Un retour forcé ne peut avoir lieu que sur la base d'une décision de retour exécutoire, et aucune n'est enregistrée.
guard-return-decision-missing-remedy = Enregistrez la décision de retour.
guard-trafficking-referral-missing = La personne est une victime présumée de traite et doit d'abord être orientée vers une assistance spécialisée.
guard-trafficking-referral-missing-remedy = Enregistrez une orientation vers l'assistance aux victimes de traite.
guard-protection-concern-open = Une préoccupation de protection est ouverte (risque de refoulement, demande d'asile ou recours suspensif) : aucun éloignement n'est possible tant qu'elle reste ouverte.
guard-protection-concern-open-remedy = Attendez qu'elle soit résolue ; une personne habilitée la clôturera alors.
guard-guardian-missing = La personne est un mineur non accompagné ou séparé et aucun tuteur n'est enregistré.
guard-guardian-missing-remedy = Enregistrez le tuteur de l'enfant.
guard-best-interests-assessment-missing = La personne est un mineur non accompagné ou séparé et aucune évaluation de l'intérêt supérieur de l'enfant n'est enregistrée.
guard-best-interests-assessment-missing-remedy = Faites réaliser une évaluation de l'intérêt supérieur de l'enfant, puis enregistrez-la.
guard-best-interests-against-return = La dernière évaluation de l'intérêt supérieur a conclu que le retour n'est pas dans l'intérêt supérieur de l'enfant.
guard-best-interests-against-return-remedy = L'enfant ne doit pas être renvoyé ; n'enregistrez une nouvelle évaluation que si la situation a changé.
guard-travel-document-missing = Aucun document de voyage n'est enregistré.
guard-travel-document-missing-remedy = Enregistrez le passeport, le document de voyage d'urgence ou le laissez-passer.
guard-travel-document-not-valid = Aucun document de voyage enregistré n'est valide aujourd'hui.
guard-travel-document-not-valid-remedy = Demandez un nouveau document de voyage.
guard-protection-requirement-unmet = Une exigence de protection n'est pas encore remplie.
guard-protection-requirement-unmet-remedy = Un conseiller ou une conseillère du dossier peut la voir et agir.

## Timeline
event-case-opened = Dossier ouvert
event-details-updated = Informations modifiées
event-stage-changed = Changement d'étape
event-case-closed = Dossier clôturé
event-case-reopened = Dossier rouvert
event-counselling-recorded = Entretien de conseil
event-consent-recorded = Consentement enregistré
event-consent-withdrawn = Consentement retiré
event-screening-recorded = Évaluation de la vulnérabilité enregistrée
event-protection-concern-raised = Préoccupation de protection signalée
event-protection-concern-closed = Préoccupation de protection close
event-referral-recorded = Orientation
event-guardian-appointed = Tuteur enregistré
event-best-interests-assessed = Évaluation de l'intérêt supérieur de l'enfant
event-travel-document-recorded = Document de voyage
event-return-decision-recorded = Décision de retour enregistrée

## Audit actions
action-case-read-sensitive = Consultation de données sensibles
action-case-create = Dossier ouvert
action-case-update = Dossier modifié
action-case-transition = Changement d'étape
action-case-reopen = Dossier rouvert
action-case-counselling-record = Entretien de conseil enregistré
action-case-consent-record = Consentement enregistré
action-case-consent-withdraw = Consentement retiré
action-case-screening-record = Évaluation de la vulnérabilité enregistrée
action-case-protection-concern-raise = Préoccupation de protection signalée
action-case-protection-concern-close = Préoccupation de protection close
action-case-referral-record = Orientation enregistrée
action-case-guardian-appoint = Tuteur enregistré
action-case-best-interests-record = Évaluation de l'intérêt supérieur enregistrée
action-case-travel-document-record = Document de voyage enregistré
action-case-return-decision-record = Décision de retour enregistrée
action-person-create = Personne enregistrée
action-person-update = Informations de la personne modifiées
action-user-create = Compte utilisateur créé
action-user-disable = Compte utilisateur désactivé
action-user-set-language = Langue choisie
action-auth-login = Connexion
action-auth-login-failed = Échec de connexion
action-auth-logout = Déconnexion
action-auth-logout-everywhere = Déconnexion de tous les appareils
action-auth-password-changed = Mot de passe modifié
