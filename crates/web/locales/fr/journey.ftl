# Le voyage de retour : vérification consulaire, préparation du voyage, opérations, contrôle,
# arrivées et assistance, indicateurs.

nav-consular = Consulaire
nav-operations = Opérations
nav-arrivals = Arrivées
nav-indicators = Indicateurs
role-escort-officer = Agent d'escorte

## Case page section
journey-section = Le voyage de retour
journey-consular = Vérification consulaire et documents de voyage
journey-consular-add = Adresser une demande à une mission consulaire
journey-consular-send = Envoyer la demande
journey-readiness = Prêt à voyager
journey-fitness = Aptitude au voyage :
journey-fitness-add = Enregistrer un certificat d'aptitude au voyage
journey-fitness-outcome = Conclusion
journey-fitness-conditions = Conditions du voyage
journey-assessed-on = Examiné le
journey-assessed-by = Médecin ou centre de santé
readiness-valid-until = valable jusqu'au
journey-escort = Escorte :
journey-escort-add = Désigner une escorte
journey-escort-kind = Type d'escorte
journey-escort-remove = Retirer
journey-interpreter = Interprète :
journey-interpreter-add = Réserver un interprète
journey-operations = Opérations de retour
journey-arrivals = Arrivées
journey-blocked-by = Refusé : une condition de départ n'est pas remplie.
field-date = Date
field-currency = Monnaie
field-admin1 = Région

## Guards of readiness to travel
guard-fitness-to-travel-missing = La personne a des besoins médicaux et aucun certificat d'aptitude au voyage n'est valable le jour du départ.
guard-fitness-to-travel-missing-remedy = Enregistrez un certificat médical d'aptitude au voyage valable le jour du départ.
guard-unfit-to-travel = Le dernier examen médical a conclu que la personne n'est pas apte à voyager.
guard-unfit-to-travel-remedy = Reportez le départ ; enregistrez un nouvel examen quand la personne sera apte.
guard-medical-escort-missing = La personne a besoin d'une escorte médicale et aucune n'est désignée pour le voyage.
guard-medical-escort-missing-remedy = Désignez une escorte médicale (médecin ou infirmier).
guard-child-escort-missing = Un enfant non accompagné ou séparé ne voyage jamais seul, et aucune escorte n'est désignée pour l'enfant.
guard-child-escort-missing-remedy = Désignez un tuteur ou une escorte de la protection de l'enfance pour voyager avec l'enfant.
guard-escort-officer-missing = Un retour forcé est escorté, et aucun agent d'escorte n'est désigné pour la personne.
guard-escort-officer-missing-remedy = Désignez un agent d'escorte pour la personne.
guard-interpreter-missing = La personne a besoin d'un interprète et aucun n'est réservé pour le voyage et l'arrivée.
guard-interpreter-missing-remedy = Réservez un interprète dans la langue de la personne.

event-fitness-to-travel-recorded = Aptitude au voyage enregistrée
event-escort-assigned = Escorte désignée
event-escort-removed = Escorte retirée
event-interpreter-arranged = Interprète réservé
event-arrival-registered = Arrivée enregistrée

done-consular = La demande est adressée à la mission consulaire.
done-fitness = Le certificat d'aptitude au voyage est enregistré.
done-escort = L'escorte est désignée.
done-escort-removed = L'escorte est retirée.
done-interpreter = L'interprète est réservé.
done-manifest = Le dossier est inscrit au manifeste.
done-manifest-removed = Le manifeste est mis à jour.
done-departed = L'opération est partie ; ses dossiers sont marqués comme partis.
done-escort-officer = L'agent d'escorte est désigné.
done-monitor = L'observateur est désigné.
done-arrival = L'arrivée est confirmée.
done-assistance = L'assistance est enregistrée.

## Consular requests
consular-title = Demandes consulaires
consular-request-title = Demande consulaire
consular-turnaround = Délais par consulat
consular-overdue-after = { $count ->
    [one] Une demande toujours en attente après { $formatted } jour est en retard.
   *[other] Une demande toujours en attente après { $formatted } jours est en retard.
}
consular-mission = Mission consulaire
consular-requests = Demandes
consular-open = En cours
consular-overdue = En retard
consular-issued-count = Documents délivrés
consular-median-days = Délai médian de délivrance (jours)
consular-show-all = Voir toutes les demandes
consular-show-overdue = Voir seulement les demandes en retard
consular-person = Personne
consular-waiting = Durée
consular-days = { $count ->
    [one] { $formatted } jour
   *[other] { $formatted } jours
}
consular-claimed-nationality = Nationalité déclarée
consular-confirmed-nationality = Nationalité confirmée
consular-document = Document de voyage
consular-evidence = Éléments d'identité transmis
consular-fee = Droits consulaires
consular-fee-hint = montant dans la monnaie, si des droits sont perçus
consular-fee-exempt = Exonération des droits
consular-fee-payable = Non : les droits sont perçus
consular-requested = Demandé le
consular-interview = Entretien
consular-place = Lieu
consular-issued = Document délivré
consular-history = Historique
consular-decide = Enregistrer la décision de la mission
consular-reason-hint = obligatoire si la nationalité n'est pas confirmée ou le document refusé
consular-status-requested = Demandé
consular-status-interview-scheduled = Entretien fixé
consular-status-nationality-confirmed = Nationalité confirmée
consular-status-nationality-not-confirmed = Nationalité non confirmée
consular-status-document-issued = Document délivré
consular-status-document-refused = Document refusé
evidence-passport = Passeport
evidence-expired-passport = Passeport expiré
evidence-national-id-card = Carte nationale d'identité
evidence-birth-certificate = Acte de naissance
evidence-consular-card = Carte consulaire
evidence-photograph = Photographie
evidence-fingerprints = Empreintes digitales
evidence-witness-statement = Témoignage
evidence-other = Autre
exemption-humanitarian-return = Retour humanitaire
exemption-child = Enfant
exemption-destitution = Indigence
exemption-agreement = Accord de réadmission ou bilatéral

## Operations
operations-title = Opérations de retour
operations-list = Opérations
operations-plan = Planifier une opération
operations-plan-submit = Planifier l'opération
operation-title = Opération de retour
op-field-reference = Référence
op-field-kind = Type
op-field-status = Statut
op-field-date = Date
op-field-route = Itinéraire
op-field-arrival-point = Point d'arrivée
op-field-seats = Places
op-field-departure-country = Pays de départ
op-field-mode = Mode
op-field-carrier = Transporteur
op-field-number = Numéro de vol ou de convoi
op-field-from = De
op-field-to = À
op-field-departs = Départ (UTC)
op-field-arrives = Arrivée (UTC)
op-point-hint = code IATA de l'aéroport pour un vol ; un poste frontière ou un lieu par route ou par mer
op-leg = Étape
op-forced = Retour forcé
op-forced-hint = Opération de retour forcé (agents d'escorte et observateurs ; aucun retour volontaire)
op-departed-at = parti
op-export-csv = Manifeste (CSV)
op-export-xlsx = Manifeste (Excel)
op-manifest = Manifeste
op-people = Personnes
op-actions = Actions
op-remove = Retirer
op-no-show = Absent au départ
op-add-case = Numéro de dossier
op-add = Inscrire au manifeste
op-depart = L'opération part
op-depart-hint = Chaque dossier encore inscrit passe au départ ; les conditions de départ sont vérifiées à nouveau aujourd'hui.
op-team = Escortes et observateurs
op-escort-officers = Agents d'escorte
op-escort-assign = Agent d'escorte
op-assign = Désigner
op-monitors = Observateurs indépendants
op-monitors-none = Aucun observateur n'est encore désigné.
op-monitor-assign = Observateur du vivier
op-reports = Rapports d'observation
op-kind-charter-flight = Vol affrété
op-kind-scheduled-flight = Groupe sur un vol régulier
op-kind-convoy = Convoi
op-kind-sea-crossing = Traversée maritime
op-status-planned = Prévue
op-status-departed = Partie
op-status-arrived = Arrivée
op-status-cancelled = Annulée
entry-status-listed = Inscrit
entry-status-no-show = Absent au départ
entry-status-departed = Parti
entry-status-arrived = Arrivé
mode-air = Avion
mode-land = Route
mode-sea = Mer
mode-unknown = Non renseigné
escort-kind-medical = Escorte médicale
escort-kind-child-escort = Escorte de l'enfant
escort-kind-escort-officer = Agent d'escorte
escort-kind-other = Autre escorte
fitness-fit = Apte au voyage
fitness-fit-with-conditions = Apte au voyage, sous conditions
fitness-unfit = Inapte au voyage

## Monitoring
monitor-profile = Mon profil dans le vivier d'observateurs
monitor-profile-none = Vous n'êtes pas encore dans le vivier.
monitor-languages-hint = codes ISO 639, séparés par des espaces (fr ff en)
monitor-available-from = Disponible du
monitor-available-to = au
report-title = Rapport d'observation
report-new = Rédiger un rapport
report-phase = Phase
report-summary = Synthèse
report-incident = Incident
report-incident-kind = Type d'incident
report-incident-at = Quand (UTC)
report-incidents = Incidents
report-observation = Observation sur les droits fondamentaux
report-observations = Observations sur les droits fondamentaux
report-topic = Droit observé
report-finding = Constat
report-save-draft = Enregistrer le brouillon
report-submit = Soumettre le rapport
report-submit-hint = Une fois soumis, un rapport ne change plus ; les corrections sont de nouveaux rapports.
report-submitted-on = Soumis le
report-edit = Modifier le brouillon
report-back = Retour à l'opération
report-corrects = Rapport corrigé par celui-ci
report-correction = correction
report-status-draft = Brouillon
report-status-submitted = Soumis
phase-pre-departure = Avant le départ
phase-in-flight = En vol
phase-hand-over = Remise aux autorités
incident-use-of-force = Usage de la force
incident-means-of-restraint = Moyens de contrainte
incident-medical = Médical
incident-complaint = Plainte
incident-other = Autre
rights-dignity-and-respect = Dignité et respect
rights-information-in-a-language-understood = Information dans une langue comprise
rights-access-to-medical-care = Accès aux soins
rights-family-unity = Unité familiale
rights-best-interests-of-the-child = Intérêt supérieur de l'enfant
rights-proportionate-use-of-force = Usage proportionné de la force
rights-access-to-complaint-mechanism = Accès à un mécanisme de plainte
rights-other = Autre

## Arrivals
arrivals-title = Arrivées
arrivals-register-spontaneous = Enregistrer un retourné non annoncé
arrivals-expected = Arrivées attendues
arrivals-expected-hint = Qui arrive dans vos pays, quand et où, et ce qu'il faut préparer.
arrivals-expected-none = Personne n'est annoncé.
arrivals-prepare = À préparer
arrivals-destination = Destination finale
arrivals-arrived = Arrivé
arrivals-confirm-one = Confirmer l'arrivée
arrivals-confirm-all = Confirmer l'arrivée de tous
arrivals-recent = Arrivées des 30 derniers jours
arrivals-awaiting = Assistance à apporter
arrivals-age = { $count ->
    [one] { $formatted } an
   *[other] { $formatted } ans
}
arrivals-age-about = { $count ->
    [one] environ { $formatted } an
   *[other] environ { $formatted } ans
}
arrival-title = Arrivée
arrival-field-kind = Arrivée
arrival-field-mode = Par
arrival-field-country = Pays
arrival-kind-expected = Annoncée par un manifeste
arrival-kind-spontaneous = Retour spontané, enregistré sur place
arrival-assistance = Assistance à l'arrivée
arrival-person = Personne
arrival-what = Assistance
arrival-by = Apportée par
arrival-when = Quand (UTC)
arrival-amount = Montant
arrival-amount-hint = obligatoire pour le pécule
arrival-detail = Précisions (destination, hébergement, ce qui a été remis)
arrival-record = Enregistrer l'assistance
arrival-possible-duplicates = { $count ->
    [one] { $formatted } personne déjà enregistrée pourrait être la même : un agent doit vérifier.
   *[other] { $formatted } personnes déjà enregistrées pourraient être la même : un agent doit vérifier.
}
assistance-reception = Accueil
assistance-pocket-money = Pécule
assistance-onward-transport = Transport jusqu'à la communauté
assistance-temporary-shelter = Hébergement temporaire
assistance-medical-first-aid = Premiers soins médicaux
assistance-psychosocial-first-aid = Premiers secours psychologiques
spontaneous-title = Un retourné que personne n'a annoncé
spontaneous-hint = Un enregistrement court à la frontière : il ouvre un dossier de retour spontané et enregistre l'arrivée.
spontaneous-point = Poste frontière ou aéroport
spontaneous-when = Arrivé (UTC)
spontaneous-coming-from = Revient de
spontaneous-dob-hint = AAAA-MM-JJ, ou l'année seule
spontaneous-submit = Enregistrer l'arrivée

## Indicators and points
indicators-title = Indicateurs du voyage de retour
indicators-hint = Calculés à partir de l'historique des dossiers ; définitions dans docs/INDICATORS.md.
indicators-returns = Retours par mode, pays de retour et mois
indicators-month = Mois
indicators-count = Retours
indicators-documents = Délai médian entre demande et délivrance du document de voyage, par consulat
indicators-assistance = Arrivées assistées dans les 72 heures
points-title = Postes frontières et aéroports
points-list = La liste tenue à jour
points-add = Ajouter un point
points-code = Code
points-code-hint = code IATA pour un aéroport ; sinon 4 à 12 majuscules, chiffres ou tirets
points-kind = Type
points-location = Localisation
points-latitude = Latitude
points-longitude = Longitude
point-kind-airport = Aéroport
point-kind-land-border = Poste frontière terrestre
point-kind-seaport = Port

## Refusals and field errors
refusal-consent-to-share-missing = Enregistrez d'abord le consentement de la personne au partage de ses données d'identité avec les autorités du pays de retour.
refusal-case-not-preparing-departure = Les demandes consulaires concernent les dossiers qui préparent leur départ.
refusal-consular-status-not-allowed = La demande ne peut pas prendre ce statut maintenant.
refusal-case-not-ready = Le dossier n'est pas prêt à voyager (il doit être en préparation du départ).
refusal-wrong-destination = Le dossier retourne dans un autre pays que celui de l'opération.
refusal-category-mismatch = Retours forcés et retours volontaires ne voyagent jamais sur la même opération.
refusal-already-listed = Le dossier est déjà au manifeste.
refusal-not-listed = Le dossier n'est pas au manifeste.
refusal-capacity-exceeded = L'opération n'a plus assez de places pour les personnes de ce dossier.
refusal-operation-not-planned = L'opération n'est plus en préparation.
refusal-operation-not-departed = L'opération n'est pas partie.
refusal-manifest-empty = Personne au manifeste ne voyage.
refusal-not-forced-operation = Les observateurs sont désignés pour les opérations de retour forcé seulement.
refusal-monitor-not-independent = Un observateur doit être indépendant de l'organisateur.
refusal-monitor-unavailable = L'observateur n'est pas disponible ce jour-là.
refusal-already-assigned = Déjà désigné.
refusal-departure-blocked = Certains dossiers ne peuvent pas partir : retirez-les ou marquez-les absents, puis réessayez.
refusal-nobody-expected = Plus personne de cette opération n'est attendu.
refusal-report-submitted = Un rapport soumis ne change plus ; rédigez une correction.
refusal-not-report-author = Seul son auteur peut modifier ou soumettre un rapport.
refusal-report-exists = Vous avez déjà rendu compte de cette phase : modifiez le brouillon ou rédigez une correction.
invalid-evidence-required = Transmettez au moins un élément d'identité.
invalid-fee-required = Indiquez les droits, ou le motif de l'exonération.
invalid-fee-and-exemption = Les droits sont soit exonérés, soit perçus, pas les deux.
invalid-conditions-required = Précisez les conditions du voyage.
invalid-valid-before-assessed = Le certificat expire avant l'examen.
invalid-invalid-iata-code = Indiquez le code IATA à trois lettres de l'aéroport (par ex. BKO).
invalid-invalid-point-code = 4 à 12 majuscules, chiffres ou tirets (par ex. NER-ASSAMAKA).
invalid-invalid-coordinate = Degrés décimaux, par ex. 13.51 ou -2.11.
invalid-incomplete-location = Indiquez la latitude et la longitude, ou aucune des deux.
invalid-invalid-datetime = Indiquez une date et une heure.
invalid-arrives-before-departure = L'étape arrive avant de partir.
invalid-date-in-past = Choisissez aujourd'hui ou une date ultérieure.
invalid-invalid-capacity = Entre 1 et 1 000 places.
invalid-legs-required = Décrivez au moins une étape du trajet.
invalid-amount-required = Indiquez le montant du pécule.
invalid-before-arrival = L'assistance ne peut pas précéder l'arrivée.
invalid-not-on-arrival = Cette personne ne fait pas partie de l'arrivée.
invalid-unknown-case = Aucun dossier ne porte ce numéro.
invalid-unknown-point = Choisissez un point actif dans l'un de vos pays.
invalid-mission-does-not-serve = Cette mission ne couvre pas ce pays d'accueil pour ce pays de retour.
invalid-before-departure = L'arrivée ne peut pas précéder le départ.
invalid-ends-before-start = La période se termine avant de commencer.
invalid-code-taken = Un autre point porte déjà ce code.
invalid-not-an-escort-officer = Choisissez un agent d'escorte de votre organisation.
invalid-not-in-pool = Cette personne n'est pas dans le vivier d'observateurs.
invalid-unknown-mission = Mission consulaire inconnue.
invalid-invalid-amount = Ce n'est pas un montant.
invalid-amount-not-positive = Le montant doit être supérieur à zéro.
invalid-invalid-currency = Code de monnaie inconnu de Bayiri (par ex. XOF).
