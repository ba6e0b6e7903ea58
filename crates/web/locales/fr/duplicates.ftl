# Doublons de personnes : vérification avant l'enregistrement, examen, fusions.

## Candidats et leurs raisons
dup-born = né(e) le { $date }
dup-registered-in = lieu d'enregistrement : { $country }
dup-probability = vraisemblance
dup-why = Pourquoi cette personne est proposée
dup-names-swapped = Prénoms et nom concordent mieux une fois inversés.
dup-field = Champ
dup-comparison = Comparaison
dup-weight = Poids
dup-weight-hint = Les poids sont des bits d'indice : positif pour « même personne », négatif contre. Un nom courant pèse moins qu'un nom rare.
dup-field-given-names = Prénoms
dup-field-family-name = Nom de famille
dup-field-sex = Sexe
dup-field-date-of-birth = Date de naissance
dup-field-nationality = Nationalité
dup-field-place-of-birth = Lieu de naissance
dup-field-phone = Téléphone
dup-field-document-number = Numéro de document
dup-level-exact = identique
dup-level-variant = variante d'orthographe connue
dup-level-phonetic = se prononcent pareil
dup-level-fuzzy = orthographe presque identique
dup-level-subset = l'un contient l'autre
dup-level-partial = en partie identique
dup-level-different = différent
dup-level-day-month-swapped = jour et mois inversés
dup-level-one-component-differs = le jour ou le mois diffère
dup-level-year-typo = faute de frappe dans l'année
dup-level-same-year = même année
dup-level-year-plus-minus-one = un an d'écart
dup-level-same = identique
dup-level-variant-or-phonetic = variante d'orthographe
dup-level-fuzzy-or-partial = en partie identique
dup-level-same-last-8-digits = même numéro, autre indicatif
dup-level-one-digit-typo = un chiffre diffère
dup-level-one-edit = un caractère diffère
dup-level-two-edits = deux caractères diffèrent
dup-level-close = proche
dup-level-missing = non renseigné
dup-assessment-link = très probablement la même personne
dup-assessment-review = peut-être la même personne
dup-assessment-possible-relatives = peut-être un parent (même nom de famille)
dup-assessment-distinct = peu probable
dup-assessment-not-scored = confirmé par un examinateur

## Enregistrement
dup-register-title = Cette personne est peut-être déjà enregistrée
dup-register-alert = Rien n'a encore été enregistré. Regardez les personnes déjà enregistrées qui pourraient être la même personne avant de continuer.
dup-register-see = Voir lesquelles
dup-register-intro = Si l'une d'elles est cette personne, ouvrez le dossier pour elle : son historique reste au même endroit. Si aucune ne l'est, enregistrez une nouvelle personne ; votre réponse est conservée.
dup-register-use-existing = C'est la même personne : ouvrir le dossier pour elle
dup-register-new = Aucune d'elles : enregistrer une nouvelle personne

## Doublons d'une personne
dup-person-title = Doublons possibles
dup-person-link = Doublons possibles de cette personne
dup-back-to-person = Retour à la personne
dup-is-merged = Cette fiche a été fusionnée avec une autre fiche de la même personne.
dup-see-kept = Aller à la fiche en usage
dup-candidates = Proposées par la vérification des doublons
dup-candidates-hint = Personnes enregistrées que la vérification trouve semblables, sans décision encore. Rien n'est fusionné sans votre décision.
dup-candidates-none = Aucune personne semblable n'est proposée.
dup-action-different = Personnes différentes
dup-action-same = Même personne
dup-action-merge = Fusionner dans cette fiche…
dup-merge-explained = Les dossiers de l'autre fiche passent sur cette fiche, et l'autre fiche renvoie ici. La fusion est tracée et peut être annulée.
dup-merge-reason = Pourquoi c'est la même personne (document vu, entretien…)
dup-merge-submit = Fusionner
dup-merge-into-this = Fusionner dans cette fiche
dup-decisions = Décisions
dup-decisions-none = Aucune décision pour l'instant.
dup-verdict-same-person = même personne
dup-verdict-different-persons = personnes différentes
dup-merges = Fusions
dup-merges-none = Aucune fusion.
dup-merge-line-merged = Fiche
dup-merge-line-into = fusionnée dans
dup-merge-cases = { $count ->
    [one] un dossier déplacé
   *[other] { $formatted } dossiers déplacés
}
dup-merge-reverted = Annulée le { $date } : { $reason }
dup-revert = Annuler cette fusion…
dup-revert-explained = Les dossiers déplacés par cette fusion reviennent à la fiche fusionnée, et les deux fiches sont retenues comme des personnes différentes.
dup-revert-reason = Pourquoi la fusion était une erreur
dup-revert-submit = Annuler la fusion
dup-done-same-person = Enregistré : même personne. Vous pouvez maintenant fusionner les fiches.
dup-done-different-persons = Enregistré : personnes différentes. Elles ne seront plus proposées.
dup-done-merged = Les fiches ont été fusionnées.
dup-done-reverted = La fusion a été annulée.
dup-refused-same-record = Une fiche ne peut pas être fusionnée avec elle-même.
dup-refused-already-merged = L'une des fiches a déjà été fusionnée dans une autre.
dup-refused-different-organisations = Les fiches appartiennent à des organisations différentes et ne peuvent pas être fusionnées.
dup-refused-decided-different-persons = Un examinateur a décidé qu'il s'agit de personnes différentes. Enregistrez d'abord « même personne » si la situation a changé.
dup-refused-case-outside-scope = L'une des fiches figure dans un dossier hors de votre organisation ou de vos pays ; demandez à un collègue qui le suit.
dup-refused-merge-already-reverted = Cette fusion a déjà été annulée.

## File d'examen
dup-home-link = Doublons possibles à examiner
dup-queue-title = Doublons de personnes à examiner
dup-queue-intro = Une personne enregistrée deux fois voit son historique coupé en deux ; deux personnes fusionnées par erreur, c'est pire. Décidez de chaque paire sur la page de la personne.
dup-queue-confirmed = Confirmées comme même personne, pas encore fusionnées
dup-queue-confirmed-none = Aucune.
dup-queue-proposed = Doublons probables parmi les enregistrements récents
dup-queue-proposed-hint = Paires que la vérification juge très probablement la même personne ou peut-être parentes, sans décision encore.
dup-queue-proposed-none = Aucun doublon probable parmi les enregistrements récents.

## Historique du dossier et journal d'audit
event-person-replaced = Fiche de personne corrigée après une fusion
case-error-person-not-on-case = Cette personne ne figure pas dans le dossier.
case-error-person-already-on-case = Cette personne figure déjà dans le dossier.
action-person-duplicates-rejected = Doublons possibles écartés à l'enregistrement
action-person-duplicate-decide = Décision sur un doublon
action-person-merge = Fiches de personne fusionnées
action-person-merge-revert = Fusion annulée
