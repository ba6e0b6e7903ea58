# Personas duplicadas: comprobación antes del registro, revisión, fusiones.

## Candidatos y sus razones
dup-born = nacido(a) el { $date }
dup-registered-in = registrado(a) en { $country }
dup-probability = probabilidad
dup-why = Por qué se propone a esta persona
dup-names-swapped = Nombres y apellido coinciden mejor intercambiados.
dup-field = Campo
dup-comparison = Comparación
dup-weight = Peso
dup-weight-hint = Los pesos son bits de evidencia: positivo a favor de que sea la misma persona, negativo en contra. Un nombre común pesa menos que uno raro.
dup-field-given-names = Nombres
dup-field-family-name = Apellido
dup-field-sex = Sexo
dup-field-date-of-birth = Fecha de nacimiento
dup-field-nationality = Nacionalidad
dup-field-place-of-birth = Lugar de nacimiento
dup-field-phone = Teléfono
dup-field-document-number = Número de documento
dup-level-exact = idéntico
dup-level-variant = variante ortográfica conocida
dup-level-phonetic = suenan igual
dup-level-fuzzy = ortografía casi igual
dup-level-subset = uno contiene al otro
dup-level-partial = en parte igual
dup-level-different = diferente
dup-level-day-month-swapped = día y mes intercambiados
dup-level-one-component-differs = el día o el mes difiere
dup-level-year-typo = error de tecleo en el año
dup-level-same-year = mismo año
dup-level-year-plus-minus-one = un año de diferencia
dup-level-same = igual
dup-level-variant-or-phonetic = variante ortográfica
dup-level-fuzzy-or-partial = en parte igual
dup-level-same-last-8-digits = mismo número, otro prefijo
dup-level-one-digit-typo = una cifra difiere
dup-level-one-edit = un carácter difiere
dup-level-two-edits = dos caracteres difieren
dup-level-close = cercano
dup-level-missing = sin registrar
dup-assessment-link = muy probablemente la misma persona
dup-assessment-review = quizá la misma persona
dup-assessment-possible-relatives = quizá un familiar (mismo apellido)
dup-assessment-distinct = poco probable
dup-assessment-not-scored = confirmado por un revisor

## Registro
dup-register-title = Puede que esta persona ya esté registrada
dup-register-alert = Todavía no se ha guardado nada. Mire las personas registradas que podrían ser la misma persona antes de continuar.
dup-register-see = Ver cuáles
dup-register-intro = Si una de ellas es esta persona, abra el expediente para ella: su historial queda en un solo lugar. Si ninguna lo es, registre una nueva persona; su respuesta queda guardada.
dup-register-use-existing = Es la misma persona: abrir el expediente para ella
dup-register-new = Ninguna de ellas: registrar una nueva persona

## Duplicados de una persona
dup-person-title = Posibles duplicados
dup-person-link = Posibles duplicados de esta persona
dup-back-to-person = Volver a la persona
dup-is-merged = Este registro se fusionó con otro registro de la misma persona.
dup-see-kept = Ir al registro en uso
dup-candidates = Propuestas por la comprobación de duplicados
dup-candidates-hint = Personas registradas que la comprobación considera parecidas, aún sin decisión. Nada se fusiona sin su decisión.
dup-candidates-none = No se propone ninguna persona parecida.
dup-action-different = Personas diferentes
dup-action-same = Misma persona
dup-action-merge = Fusionar en este registro…
dup-merge-explained = Los expedientes del otro registro pasan a este, y el otro registro remite aquí. La fusión queda registrada y puede deshacerse.
dup-merge-reason = Por qué es la misma persona (documento visto, entrevista…)
dup-merge-submit = Fusionar
dup-merge-into-this = Fusionar en este registro
dup-decisions = Decisiones
dup-decisions-none = Aún no hay decisión.
dup-verdict-same-person = misma persona
dup-verdict-different-persons = personas diferentes
dup-merges = Fusiones
dup-merges-none = Ninguna fusión.
dup-merge-line-merged = Registro
dup-merge-line-into = fusionado en
dup-merge-cases = { $count ->
    [one] un expediente movido
   *[other] { $formatted } expedientes movidos
}
dup-merge-reverted = Deshecha el { $date }: { $reason }
dup-revert = Deshacer esta fusión…
dup-revert-explained = Los expedientes movidos por esta fusión vuelven al registro fusionado, y los dos registros quedan guardados como personas diferentes.
dup-revert-reason = Por qué la fusión fue un error
dup-revert-submit = Deshacer la fusión
dup-done-same-person = Registrado: misma persona. Ahora puede fusionar los registros.
dup-done-different-persons = Registrado: personas diferentes. No se volverán a proponer.
dup-done-merged = Los registros se fusionaron.
dup-done-reverted = La fusión se deshizo.
dup-refused-same-record = Un registro no puede fusionarse consigo mismo.
dup-refused-already-merged = Uno de los registros ya se fusionó con otro.
dup-refused-different-organisations = Los registros pertenecen a organizaciones diferentes y no pueden fusionarse.
dup-refused-decided-different-persons = Un revisor decidió que son personas diferentes. Registre primero «misma persona» si la situación cambió.
dup-refused-case-outside-scope = Uno de los registros figura en un expediente fuera de su organización o de sus países; pida ayuda a un colega que lo lleve.
dup-refused-merge-already-reverted = Esta fusión ya se deshizo.

## Cola de revisión
dup-home-link = Posibles personas duplicadas por revisar
dup-queue-title = Personas duplicadas por revisar
dup-queue-intro = Una persona registrada dos veces tiene su historial partido; dos personas fusionadas por error es peor. Decida cada par en la página de la persona.
dup-queue-confirmed = Confirmadas como la misma persona, aún sin fusionar
dup-queue-confirmed-none = Ninguna.
dup-queue-proposed = Probables duplicados entre los registros recientes
dup-queue-proposed-hint = Pares que la comprobación considera muy probablemente la misma persona o posibles familiares, aún sin decisión.
dup-queue-proposed-none = Ningún duplicado probable entre los registros recientes.

## Historial del expediente y registro de auditoría
event-person-replaced = Registro de persona corregido tras una fusión
case-error-person-not-on-case = Esta persona no figura en el expediente.
case-error-person-already-on-case = Esta persona ya figura en el expediente.
action-person-duplicates-rejected = Posibles duplicados descartados en el registro
action-person-duplicate-decide = Decisión sobre un duplicado
action-person-merge = Registros de persona fusionados
action-person-merge-revert = Fusión deshecha
