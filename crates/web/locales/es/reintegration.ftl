# Reintegración: evaluación de necesidades, planes y tramos, programas, directorio y derivaciones,
# oportunidades, seguimiento y puntuaciones de sostenibilidad.

nav-plans = Planes por aprobar
nav-programmes = Programas
nav-directory = Directorio
nav-referrals = Derivaciones recibidas
role-service-provider = Proveedor de servicios
field-country = País

## Closed lists
need-level-none = Sin necesidad
need-level-low = Baja
need-level-medium = Media
need-level-high = Alta
item-type-business-start-up = Creación de empresa
item-type-vocational-training = Formación profesional
item-type-education = Educación
item-type-housing = Vivienda
item-type-medical-care = Atención médica
item-type-psychosocial-support = Apoyo psicosocial
item-type-legal-aid = Asistencia jurídica
item-type-family-tracing = Búsqueda de familiares
item-type-job-placement = Inserción laboral
item-type-community-project = Proyecto comunitario
item-type-other = Otro
modality-cash = En efectivo
modality-in-kind = En especie
plan-kind-individual = Individual
plan-kind-collective = Colectivo
plan-kind-community = Comunitario
plan-status-draft = Borrador
plan-status-submitted = Pendiente de aprobación
plan-status-approved = Aprobado
plan-status-completed = Completado
service-type-business-support = Apoyo empresarial
service-type-vocational-training = Formación profesional
service-type-education = Educación
service-type-housing = Vivienda
service-type-medical = Atención médica
service-type-psychosocial = Apoyo psicosocial
service-type-legal = Asistencia jurídica
service-type-family-tracing = Búsqueda de familiares
service-type-job-placement = Inserción laboral
service-type-micro-credit = Microcrédito
service-type-shelter = Alojamiento
service-type-child-protection = Protección de la infancia
service-type-anti-trafficking = Asistencia a víctimas de trata
follow-up-status-due = Pendiente
follow-up-status-done = Realizado
follow-up-status-cancelled = Cancelado
opportunity-kind-job = Empleo
opportunity-kind-training = Plaza de formación
opportunity-kind-credit = Programa de crédito
opportunity-kind-value-chain = Cadena de valor
survey-method-home-visit = Visita al domicilio
survey-method-office-visit = Visita a la oficina
survey-method-phone = Llamada telefónica
survey-answer-dont-know = No sabe
survey-answer-refused = No quiere responder
org-kind-government = Gobierno
org-kind-international-organisation = Organización internacional
org-kind-ngo = ONG
org-kind-consulate = Consulado
org-kind-private-sector = Sector privado
org-kind-micro-finance = Microfinanzas
org-kind-training-centre = Centro de formación

## Case page section
reint-section = Reintegración
reint-after-arrival = La reintegración empieza cuando el retornado ha llegado.
reint-needs = Evaluación de necesidades
reint-needs-add = Registrar una evaluación de necesidades
reint-economic = Económica
reint-social = Social
reint-psychosocial = Psicosocial
reint-composite = Compuesta
reint-need-level = Nivel de necesidad
reint-skills = Competencias
reint-skills-hint = separadas por comas
reint-education = Nivel educativo
reint-family-situation = Situación familiar
reint-priorities = Prioridades
reint-plans = Planes de reintegración
reint-plan-add = Redactar un plan de reintegración
reint-no-programme = Ningún programa activo de su organización cubre este caso.
reint-programme = Programa
reint-plan-kind = Tipo de plan
reint-other-cases = Otros retornados de un plan colectivo
reint-other-cases-hint = sus números de caso, separados por comas
reint-plan-title = Plan
reint-items = Partidas
reint-items-hint = deje una fila vacía si no la necesita
reint-item-type = Partida
reint-budget = Presupuesto
reint-modality = En efectivo o en especie
reint-opportunity = Oportunidad vinculada
reint-milestones = Hitos
reint-milestones-hint = cada tramo se paga contra un hito; entre todos cubren el presupuesto
reint-milestone = Hito
reint-due-on = Previsto para el
reint-amount = Importe
reint-plan-save = Guardar el borrador
reint-plan-change = Modificar el plan
reint-plan-save-changes = Guardar los cambios
reint-referrals = Derivaciones a proveedores de servicios
reint-no-provider = Ningún proveedor del directorio atiende todavía este país.
reint-refer = Derivar a un proveedor de servicios
reint-provider = Proveedor
reint-service = Servicio
reint-referral-reason = Motivo de la derivación
reint-referral-reason-hint = el proveedor ve esto, el nombre del retornado, sus idiomas, su teléfono y su lugar de retorno; nada más
reint-refer-send = Enviar la derivación
reint-follow-ups = Seguimientos
reint-month = { $count ->
    [one] { $formatted } mes
   *[other] { $formatted } meses
}
reint-overdue = Atrasado
reint-not-scored = sin puntuar
reint-unweighted = no ponderado
reint-re-migrations = Nueva migración
reint-re-migration-add = Registrar una nueva migración
reint-re-migration-hint = El retornado se ha registrado de nuevo en el extranjero. El seguimiento termina y el caso se cierra como «nueva migración».
reint-re-migration-country = País donde se registró de nuevo
reint-learned-on = Fecha en que se supo
reint-source = Fuente (quién lo informó)
reint-re-migration-save = Registrar y terminar el seguimiento

## Ceilings
reint-over-ceiling = El plan supera los topes del programa:
reint-breach-per-person = { $planned } en total supera los { $allowed } permitidos para sus beneficiarios.
reint-breach-item-type = { $planned } para { $item } supera los { $allowed } permitidos.
reint-breach-cash = { $planned } en efectivo supera la parte en efectivo del programa, que es de { $allowed }.

## Plan page
reint-plan-title-page = Plan de reintegración
reint-beneficiaries = Beneficiarios
reint-total = Presupuesto total
reint-paid = Pagado
reint-reached-on = Alcanzado el
reint-not-reached = aún no alcanzado
reint-left = queda por pagar
reint-reach = Marcar como alcanzado
reint-pay = Pagar un tramo
reint-paid-on = Pagado el
reint-proof = Comprobante de pago
reint-proof-hint = recibo o foto: JPEG, PNG o PDF, 5 MB como máximo cada uno
reint-pay-save = Registrar el pago
reint-tranches = Tramos pagados
reint-approval = Aprobación
reint-drafted = Redactado
reint-submitted = Presentado
reint-approved = Aprobado
reint-returned = Devuelto para cambios
reint-submit = Presentar para aprobación
reint-four-eyes = Usted redactó o modificó este plan: lo aprueba otro funcionario.
reint-approve = Aprobar el plan
reint-return = Devolver para cambios
reint-return-note = Qué debe cambiar
reint-return-send = Devolver el plan
reint-plans-title = Planes por aprobar
reint-plans-waiting = Pendientes de aprobación
reint-plans-none = Ningún plan está pendiente de aprobación.
reint-plans-mine = usted trabajó en él

## Programmes
reint-programmes-title = Programas
reint-programmes-none = Aún no hay ningún programa.
reint-programme-change = Modificar
reint-programme-new = Definir un programa
reint-programme-code-hint = mayúsculas, cifras y guiones; nunca cambia
reint-programme-countries-hint = códigos ISO de los países de retorno, separados por espacios (SEN GIN)
reint-programme-categories = Categorías de retorno elegibles
reint-programme-categories-hint = ninguna marcada: todas las categorías
reint-programme-currencies = Monedas, topes por persona y presupuestos
reint-programme-currencies-hint = una fila por moneda en la que paga el programa; el presupuesto puede quedar vacío
reint-ceiling-per-person = Tope por persona
reint-programme-item-ceilings = Topes por tipo de partida
reint-programme-item-ceilings-hint = opcional; en una de las monedas de arriba
reint-programme-months-hint = meses después de la llegada, separados por espacios; 3 6 12 si está vacío
reint-programme-active = Acepta nuevos planes (un programa cerrado conserva sus planes y pagos)
reint-programme-cancel = Definir en su lugar un programa nuevo
reint-closed = cerrado
reint-countries = Países
reint-ceilings = Topes
reint-per-person = por persona
reint-cash-share = Parte máxima en efectivo
reint-scheme = Esquema de puntuación
reint-budget-consumed = Presupuesto consumido
reint-committed = Comprometido
reint-remaining = Restante
reint-awaiting = Pendiente de aprobación

## Directory and opportunities
reint-directory-title = Directorio de servicios
reint-pcode = P-code de la zona
reint-providers-found = { $count ->
    [one] { $formatted } proveedor
   *[other] { $formatted } proveedores
}
reint-providers-none = Ningún proveedor coincide.
reint-per-month = { $count ->
    [one] { $formatted } persona al mes
   *[other] { $formatted } personas al mes
}
reint-opportunities-title = Oportunidades
reint-opportunities-search = Buscar empleos, plazas de formación, créditos y cadenas de valor
reint-opportunity-kind = Tipo
reint-sector = Sector
reint-opportunities-found = { $count ->
    [one] { $formatted } oportunidad
   *[other] { $formatted } oportunidades
}
reint-opportunities-none = Ninguna oportunidad abierta coincide.
reint-places = { $count ->
    [one] { $formatted } plaza
   *[other] { $formatted } plazas
}
reint-closes-on = cierra el

## Referrals
reint-inbox-title = Derivaciones recibidas
reint-inbox-none = Aún no hay ninguna derivación.
reint-referrals-found = { $count ->
    [one] { $formatted } derivación
   *[other] { $formatted } derivaciones
}
reint-referral-title = Derivación
reint-returnee = Retornado
reint-sent-on = Enviada el
reint-phone = Teléfono
reint-place = Lugar de retorno
reint-exchange = Respuestas y mensajes
reint-referrer = la organización que hizo la derivación
reint-accepted = Aceptada
reint-declined = Rechazada
reint-completed = Completada
reint-message = Mensaje
reint-answer = Responder a la derivación
reint-write = Escribir al proveedor
reint-feedback = Comentario o mensaje
reint-feedback-hint = obligatorio para rechazar, completar o enviar un mensaje
reint-accept = Aceptar
reint-decline = Rechazar
reint-complete = Marcar como completada
reint-send-message = Enviar como mensaje

## Survey
reint-survey-title = Encuesta de seguimiento
reint-scheme-version = { $name }, versión { $version }
survey-default-name = Esquema de sostenibilidad predeterminado de Bayiri (no ponderado)
reint-unweighted-hint = Cada indicador y cada dimensión cuentan lo mismo hasta que su organización cargue sus ponderaciones oficiales.
reint-scores = Puntuaciones de sostenibilidad
reint-missing-answers = No contadas (no sabe, no quiere responder o sin respuesta)
reint-questions = Preguntas
reint-conducted-on = Realizada el
reint-survey-method = Cómo
reint-survey-hint = «No sabe» y «No quiere responder» quedan fuera de la puntuación; nunca cuentan como cero.
reint-number-between = Un número entre
reint-survey-save = Registrar la encuesta y puntuarla
reint-home-follow-ups = Seguimientos atrasados
reint-home-follow-ups-none = Ningún seguimiento está atrasado.
reint-days-late = { $count ->
    [one] { $formatted } día de retraso
   *[other] { $formatted } días de retraso
}

## Questions of the default scheme
survey-income-satisfaction = ¿Está satisfecho o satisfecha con lo que gana ahora?
survey-income-satisfaction-very-satisfied = Muy satisfecho/a
survey-income-satisfaction-satisfied = Satisfecho/a
survey-income-satisfaction-neutral = Ni satisfecho/a ni insatisfecho/a
survey-income-satisfaction-dissatisfied = Insatisfecho/a
survey-income-satisfaction-very-dissatisfied = Muy insatisfecho/a
survey-work-status = ¿Tiene un trabajo o una actividad que le dé dinero?
survey-work-status-regular = Trabajo fijo o negocio propio
survey-work-status-occasional = Trabajo de vez en cuando
survey-work-status-none = Ninguno
survey-food-reduced = En el último mes, ¿cuántas veces tuvieron que comer menos en su hogar?
survey-food-reduced-never = Nunca
survey-food-reduced-sometimes = A veces
survey-food-reduced-often = A menudo
survey-debt-burden = ¿Cuánto debe, comparado con lo que gasta en un mes?
survey-debt-burden-none = Sin deudas
survey-debt-burden-less = Menos de lo que gasto en un mes
survey-debt-burden-more = Más de lo que gasto en un mes
survey-debt-burden-cannot-repay = Más de lo que puedo devolver
survey-productive-assets = ¿Tiene, propio o alquilado, lo que necesita para trabajar (tierra, herramientas, una tienda, animales)?
survey-productive-assets-yes = Sí
survey-productive-assets-no = No
survey-housing = ¿Cómo es su vivienda?
survey-housing-good = Adecuada y segura
survey-housing-poor = En mal estado o con demasiada gente
survey-housing-none = Sin vivienda estable
survey-health-access = ¿Puede recibir atención médica cuando la necesita?
survey-health-access-good = Sí, sin problemas
survey-health-access-limited = Con dificultad
survey-health-access-none = No
survey-school-access = Los niños y niñas de su hogar que tienen edad de ir a la escuela, ¿van a la escuela?
survey-school-access-all = Todos
survey-school-access-some = Algunos
survey-school-access-none = Ninguno
survey-school-access-no-children = No hay niños en edad escolar
survey-documents = ¿Tiene los documentos de identidad que necesita (documento de identidad, partida de nacimiento)?
survey-documents-yes = Sí
survey-documents-no = No
survey-safe-water = ¿Tienen en su hogar agua potable, buena para beber?
survey-safe-water-good = Sí, sin problemas
survey-safe-water-limited = Con dificultad
survey-safe-water-none = No
survey-community-participation = ¿Con qué frecuencia participa en actividades de la comunidad (reuniones, fiestas, asociaciones)?
survey-community-participation-often = A menudo
survey-community-participation-sometimes = A veces
survey-community-participation-never = Nunca
survey-support-network = ¿Tiene personas con las que pueda contar si necesita ayuda?
survey-support-network-yes = Sí
survey-support-network-no = No
survey-discrimination = Desde que regresó, ¿ha sentido que le tratan injustamente o le dejan de lado?
survey-discrimination-never = Nunca
survey-discrimination-sometimes = A veces
survey-discrimination-often = A menudo
survey-distress = En las últimas dos semanas, ¿con qué frecuencia se ha sentido triste, angustiado/a o enfadado/a?
survey-distress-never = Nunca
survey-distress-sometimes = A veces
survey-distress-often = A menudo
survey-wish-to-migrate = ¿Siente que tiene que irse otra vez para encontrar una vida mejor?
survey-wish-to-migrate-no = No
survey-wish-to-migrate-undecided = Todavía no lo sé
survey-wish-to-migrate-yes = Sí

## Done
done-needs = La evaluación de necesidades está registrada.
done-plan = El plan se ha guardado como borrador. Preséntelo para aprobación cuando esté listo.
done-service-referral = La derivación se ha enviado al proveedor.
done-re-migration = La nueva migración está registrada; el seguimiento ha terminado.
done-plan-submitted = El plan se ha presentado para aprobación.
done-plan-approved = El plan está aprobado.
done-plan-returned = El plan se ha devuelto a quien lo redactó.
done-milestone = El hito está marcado como alcanzado.
done-tranche = El tramo está pagado y su comprobante, guardado.
done-survey = La encuesta está registrada y puntuada.
done-referral-accept = Ha aceptado la derivación.
done-referral-decline = Ha rechazado la derivación.
done-referral-complete = La derivación está completada.
done-referral-message = Su mensaje se ha enviado.

## Refusals and invalid values
refusal-over-ceiling = El plan supera los topes del programa.
refusal-four-eyes = Quien redactó o modificó un plan no lo aprueba: debe hacerlo otro funcionario.
refusal-plan-not-draft = Solo se puede modificar un plan en borrador.
refusal-plan-not-submitted = Solo un plan pendiente de aprobación se aprueba o se devuelve.
refusal-plan-not-approved = Los tramos solo se pagan en planes aprobados.
refusal-milestones-do-not-cover-budget = Los hitos deben sumar el presupuesto del plan.
refusal-budget-exhausted = El presupuesto restante del programa no cubre este plan.
refusal-budget-below-committed = El presupuesto no puede bajar de lo que ya comprometen los planes aprobados.
refusal-unknown-milestone = Este plan no tiene ese hito.
refusal-milestone-not-reached = El hito aún no se ha alcanzado: márquelo primero como alcanzado.
refusal-milestone-already-reached = Este hito ya se había alcanzado.
refusal-over-milestone = El importe supera lo que queda por pagar de este hito.
refusal-proof-missing = Un pago necesita su comprobante: adjunte un recibo o una foto.
refusal-currency-not-allowed = El programa no paga en esta moneda.
refusal-not-arrived = La reintegración empieza cuando el retornado ha llegado.
refusal-case-closed = El caso está cerrado.
refusal-programme-closed = El programa ya no admite nuevos planes.
refusal-country-not-covered = El programa no cubre este país de retorno.
refusal-category-not-eligible = El programa no cubre esta categoría de retorno.
refusal-programme-code-fixed = El código de un programa no cambia.
refusal-follow-up-not-due = Este seguimiento ya no está pendiente.
refusal-referral-move-not-allowed = La derivación no puede pasar a este estado ahora.
refusal-scheme-version-not-newer = Un esquema de puntuación se carga como una versión más reciente que la que está en uso.
invalid-collective-plan = Un plan colectivo indica los casos de los demás retornados.
invalid-individual-plan = Un plan individual tiene un solo beneficiario.
invalid-currency-not-allowed = El programa no paga en esta moneda.
invalid-duplicate-currency = Esta moneda aparece dos veces.
invalid-duplicate-item-type = Este tipo de partida aparece dos veces.
invalid-invalid-answer = No es una de las respuestas posibles.
invalid-invalid-follow-up-months = Meses entre 1 y 60, en orden creciente.
invalid-invalid-json = Este no es un documento de esquema válido.
invalid-invalid-percent = Un porcentaje entre 0 y 100.
invalid-invalid-programme-code = Mayúsculas, cifras y guiones (p. ej., MLI-REINT-2026).
invalid-no-answers = Responda al menos a una pregunta.
invalid-not-arrived = Este retornado aún no ha llegado.
invalid-not-this-case = Elija un caso distinto de este.
invalid-provider-inactive = Este proveedor ya no acepta derivaciones.
invalid-same-as-return-country = Este es el país de retorno.
invalid-service-not-offered = Este proveedor no ofrece este servicio.
invalid-too-many = Demasiadas entradas.
invalid-unknown = Elija una opción de la lista.
invalid-unknown-action = No es una acción posible sobre una derivación.
invalid-unknown-question = No es una pregunta de esta encuesta.
invalid-unknown-scheme = Cargue primero este esquema de puntuación.

## Maintaining the directory
reint-provider-add = Añadir al directorio
reint-provider-add-hint = Una organización, los servicios que ofrece, dónde y cómo contactarla
reint-provider-change = Modificar
reint-provider-change-hint = Sus servicios, las zonas que cubre, su capacidad y cómo contactarlo
reint-areas-covered = Zonas cubiertas
reint-areas-hint = una fila por país o región; el P-code permite encontrar la zona por lugar
reint-services-offered = Servicios ofrecidos
reint-area-country = País cubierto
reint-area-name = Zona (región, ciudad)
reint-capacity = Personas que puede atender al mes
reint-contact-person = Persona de contacto
reint-email = Correo electrónico
reint-opportunity-add = Publicar una oportunidad
reint-opportunity-change = Modificar la oportunidad
reint-opportunity-add-hint = Un empleo, una plaza de formación, un crédito o una cadena de valor
reint-offered-by = Ofrecida por
reint-places-count = Plazas
reint-closes-on-field = Fecha de cierre
done-provider = La organización está en el directorio.
done-opportunity = La oportunidad está publicada.

invalid-programme-code-taken = Otro programa ya tiene este código.
