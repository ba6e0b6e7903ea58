# Bayiri — mensajes de la interfaz en español.
# Keys are grouped by page; domain words (stages, categories…) are at the end.

## Frame
skip-to-content = Saltar al contenido
nav-label = Menú principal
nav-home = Mi trabajo
nav-cases = Casos
nav-register = Registrar
nav-users = Usuarios
nav-audit = Registro de auditoría
nav-account = Mi cuenta
nav-logout = Cerrar sesión
language = Idioma
language-apply = Cambiar
language-browser = Según el navegador
back-home = Volver a mi trabajo

## Common words
yes = Sí
no = No
any = Todos
unknown = No consta
none = Ninguno
nobody = Nadie
someone = Otra persona
system = Bayiri (sistema)
none-yet = Aún no hay nada registrado.
save = Guardar
choose = Elegir…
since = desde el
restricted = acceso restringido
what-to-do = Qué hacer:
pages = Páginas
page-first = ← Primera página
page-next = Página siguiente →
form-has-errors = Corrija los campos marcados
answer-from-date-of-birth = Según la fecha de nacimiento
answer-not-applicable = No aplica (persona adulta)
answer-unknown = No se sabe

## Login
login-title = Iniciar sesión
login-intro = Bayiri contiene datos personales de personas en situación de vulnerabilidad. Inicie sesión solo con su propia cuenta.
login-username = Nombre de usuario
login-password = Contraseña
login-submit = Entrar
login-failed = Nombre de usuario o contraseña incorrectos.
login-rate-limited = Demasiados intentos fallidos. Vuelva a intentarlo dentro de { $minutes } min.
login-expired = El formulario de inicio de sesión había caducado. Inténtelo de nuevo.

## Home
home-title = Mi trabajo
home-mine = Mis casos por etapa
home-mine-none = No tiene ningún caso asignado.
home-mine-all = { $count ->
    [one] Mi único caso
    [many] Todos mis { $formatted } casos
   *[other] Todos mis { $formatted } casos
}
home-overdue = Atrasados
home-overdue-hint = Casos que han permanecido en su etapa más tiempo del previsto.
home-overdue-none = No hay nada atrasado.
home-overdue-all = Todos los casos atrasados
home-recent = Modificados recientemente
home-recent-none = Ningún caso se ha modificado recientemente.

## Case list
cases-title = Casos
cases-search = Buscar por nombre o número de caso
cases-search-hint = Cualquier grafía registrada, en cualquier escritura; p. ej., Diallo o NER-2026-000123.
cases-filter = Mostrar
cases-only-mine = Solo mis casos
cases-only-overdue = Solo los casos atrasados
cases-results = Resultados
cases-none = Ningún caso coincide.

## Case page
case-title = Caso
person-title = Persona
case-closed-as = Cerrado:
case-needs = Necesidades especiales y vulnerabilidad
case-needs-none = No se ha registrado ninguna necesidad especial.
case-vulnerabilities = Vulnerabilidades
case-vulnerabilities-none = No se ha identificado ninguna vulnerabilidad.
case-screened-on = Evaluación realizada el
case-screen = Evaluación de vulnerabilidad
case-next = Qué se puede hacer ahora
case-next-none = Su rol no tiene ninguna acción disponible en esta etapa.
case-blocked = bloqueado
case-close = Cerrar el caso
case-reopen = Reabrir el caso
case-counselling = Sesiones de asesoramiento
case-counselling-add = Registrar una sesión de asesoramiento
case-consents = Consentimientos
case-consent-add = Registrar un consentimiento
consent-withdraw = Registrar la retirada de este consentimiento
consent-withdraw-then = Tras la retirada
consent-withdrawn-on = Retirado el
case-concerns = Preocupaciones de protección
case-concern-add = Señalar una preocupación de protección
concern-close = Cerrar esta preocupación
case-referrals = Derivaciones
case-referral-add = Registrar una derivación
case-child = Protección de la infancia
case-guardian-set = Registrar al tutor
case-best-interests = Evaluaciones del interés superior del niño
case-best-interests-add = Registrar una evaluación del interés superior del niño
case-documents = Documentos de viaje
case-document-add = Registrar un documento de viaje
case-decision = Decisión de retorno
case-decision-set = Registrar la decisión de retorno
case-person = Persona
case-family = Familiares incluidos en el caso
case-family-none = La persona regresa sola.
case-timeline = Historial

## Outcomes of forms
done-registered = La persona está registrada y el caso está abierto.
done-move = El caso ha cambiado de etapa.
done-close = El caso está cerrado.
done-reopen = El caso se ha reabierto.
done-counselling = La sesión de asesoramiento está registrada.
done-consent = El consentimiento está registrado.
done-withdraw = La retirada está registrada.
done-screening = La evaluación de vulnerabilidad está registrada.
done-concern = La preocupación de protección está registrada.
done-concern-close = La preocupación de protección está cerrada.
done-referral = La derivación está registrada.
done-guardian = El tutor está registrado.
done-best-interests = La evaluación del interés superior del niño está registrada.
done-document = El documento de viaje está registrado.
done-decision = La decisión de retorno está registrada.
done-password = Su contraseña se ha cambiado. Sus otras sesiones se han cerrado.
done-user-created = La cuenta de usuario se ha creado.
done-user-disabled = La cuenta de usuario se ha desactivado y sus sesiones se han cerrado.

## Refusals on a case
case-error-guards-unmet = El caso aún no puede avanzar: vea abajo qué lo bloquea.
case-error-transition-not-allowed = Este paso no existe desde la etapa actual.
case-error-case-closed = El caso está cerrado; reábralo primero.
case-error-case-not-closed = El caso no está cerrado.
case-error-closure-reason-not-allowed = Este motivo no permite cerrar un caso en su etapa actual.
case-error-record-not-found = Este registro ya no existe en el caso.
case-error-consent-already-withdrawn = Este consentimiento ya se había retirado.
case-error-concern-already-closed = Esta preocupación ya estaba cerrada.
case-error-already-departed = La persona ya ha salido.
case-error-not-voluntary-return = El consentimiento al retorno solo se aplica a los retornos voluntarios.
case-error-not-forced-return = Una decisión de retorno solo se aplica a los retornos forzosos.
case-error-change-not-allowed-at-stage = Esto no se puede cambiar en la etapa actual del caso.
case-error-nothing-to-change = No se ha cambiado nada.

## Screening
screening-title = Evaluación de vulnerabilidad
screening-intro = Pregunte en el idioma de la persona, con intérprete si hace falta. Las respuestas son confidenciales y solo se muestran a quien las necesita.
screening-current = Resultado actual:
screening-trafficking = Indicios de trata
screening-trafficking-hint = Marque lo que la persona relata o lo que usted ha observado.
screening-other = Salud y situación
screening-save = Guardar la evaluación
q-under-18 = ¿La persona tiene menos de 18 años?
q-under-18-hint = Responda solo si la fecha de nacimiento no lo aclara. En caso de duda, la persona se considera menor de edad.
q-with-parent = ¿El niño o la niña viaja con su padre, su madre o la persona que lo cuida habitualmente?
q-with-parent-hint = Un niño o una niña que viaja sin ellos es un menor no acompañado o separado.
q-accommodation = ¿Tiene la persona un lugar seguro donde alojarse a su llegada?
q-identified-victim-of-trafficking = Víctima de trata identificada por una autoridad competente
q-disability = Tiene una discapacidad
q-uses-wheelchair = Usa silla de ruedas
q-serious-medical-condition = Tiene una enfermedad grave
q-needs-medical-escort = Necesita escolta médica para viajar
q-pregnant = Está embarazada
q-single-woman-or-female-head-of-household = Mujer sola o jefa de hogar
q-survivor-of-violence-or-torture = Sobreviviente de violencia o tortura
q-needs-interpreter = Necesita intérprete

## Registration
register-title = Registrar a una persona y abrir un caso
register-intro = Escriba los nombres como la persona los escribe y los pronuncia. Todo se puede corregir más tarde.
register-person = La persona
register-case = El retorno
register-submit = Registrar y abrir el caso

## Fields
field-number = Número de caso
field-person = Persona
field-stage = Etapa
field-category = Categoría de retorno
field-route = De → a
field-priority = Prioridad
field-flag = Etiqueta
field-host-country = País de acogida
field-return-country = País de retorno
field-relation = Relación de la persona con el país de retorno
field-community = Comunidad de retorno
field-region = Región (nivel admin 1)
field-pcode = P-code
field-pcode-hint = si se conoce, p. ej., GN6
field-locality = Ciudad o pueblo
field-opened = Abierto el
field-in-stage-since = En esta etapa desde
field-case-worker = Gestor/a del caso
field-given-names = Nombres
field-family-name = Apellidos
field-original-given-names = Nombres en escritura árabe
field-original-family-name = Apellidos en escritura árabe
field-original-hint = si la persona escribe su nombre en escritura árabe
field-as-spoken = Pronunciación del nombre
field-as-spoken-hint = para ayudar a intérpretes y al personal de recepción
field-alias = Otros nombres usados
field-sex = Sexo
field-date-of-birth = Fecha de nacimiento
field-date-of-birth-hint = YYYY-MM-DD (año-mes-día), o solo el año (YYYY)
field-precision = Grado de precisión
field-nationality = Nacionalidad
field-claimed-nationality = Nacionalidad (declarada)
field-languages = Idiomas que habla
field-language = Idioma
field-phone = Teléfono
field-phone-hint = con el prefijo del país, p. ej., +227 90 12 34 56
field-place-of-birth = Lugar de nacimiento
field-registered-in = País de registro
field-guardian = Tutor
field-guardian-name = Nombre del tutor
field-guardian-kind = El tutor es
field-organisation = Organización
field-contact = Contacto
field-held-on = Fecha de la sesión
field-mode = Modalidad
field-interpreter = Intérprete
field-interpreter-hint = nombre, si hubo intérprete
field-topics = Información dada
field-notes = Notas
field-recorded = Registrado por
field-purpose = Objeto del consentimiento
field-given-on = Dado el
field-method = Cómo se dio
field-witness = Testigo
field-witness-hint = obligatorio para el consentimiento oral
field-scope = Qué se aceptó exactamente
field-concern-kind = Tipo de preocupación
field-description = Descripción
field-resolution = Cómo se resolvió
field-service = Servicio
field-provider = Derivado a
field-sent-on = Fecha de envío
field-status = Estado
field-note = Nota
field-assessed-on = Fecha de la evaluación
field-assessed-by = Evaluación realizada por
field-outcome = Conclusión
field-summary = Resumen
field-document-kind = Documento
field-document-number = Número
field-issuing-country = Expedido por (país)
field-country-hint = código de tres letras, p. ej., GIN
field-issued-on = Expedido el
field-expires-on = Caduca el
field-reference = Referencia
field-authority = Autoridad
field-decided-on = Fecha de la decisión
field-reason = Motivo
field-closure-reason = ¿Por qué se cierra el caso?
field-username = Nombre de usuario
field-name = Nombre
field-role = Rol
field-countries = Países
field-initial-password = Contraseña inicial
field-current-password = Contraseña actual
field-new-password = Nueva contraseña
field-new-password-hint = al menos 12 caracteres; una frase es más fácil de recordar
field-new-password-again = Repita la nueva contraseña
field-action = Acción
field-target = Registro
field-from = Desde
field-to = Hasta
field-when = Cuándo
field-who = Quién
field-correlation = Solicitud

## Nationality
nationality-claimed = declarada, no verificada
nationality-verified = verificada

## Account
account-title = Mi cuenta
account-you = Sus datos
account-password = Cambiar mi contraseña
account-password-change = Cambiar la contraseña
account-sessions = Sesiones
account-sessions-hint = Las sesiones se cierran solas al cabo de 12 horas. Si ha usado Bayiri en un dispositivo compartido o perdido, cierre ahora todas las sesiones.
account-logout-everywhere = Cerrar sesión en todos los dispositivos

## Users
users-title = Usuarios de mi organización
users-new = Nueva cuenta de usuario
users-create = Crear la cuenta
user-active = Activa
user-disabled = Desactivada
user-disable = Desactivar
user-disable-confirm = ¿Desactivar esta cuenta y cerrar todas sus sesiones?

## Audit
audit-title = Registro de auditoría
audit-none = Ninguna entrada coincide.

## Errors
error-title = Algo ha salido mal
error-reference = Referencia para el soporte técnico:
error-not-found-title = No encontrado
error-not-found = Aquí no hay nada, o no pertenece a su organización ni a sus países.
error-forbidden-title = No permitido
error-forbidden = Su rol no lo permite.
error-version-conflict-title = Modificado mientras tanto
error-version-conflict = Alguien ha modificado este registro mientras usted trabajaba en él. Vuelva a cargarlo y aplique de nuevo su cambio.
error-unavailable-title = No disponible temporalmente
error-unavailable = No se puede acceder a la base de datos. Inténtelo de nuevo en un momento.
error-rate-limited-title = Demasiados intentos
error-rate-limited = Demasiados intentos. Espere unos minutos e inténtelo de nuevo.
error-csrf-title = Formulario caducado
error-csrf = Este formulario ha caducado o no procede de Bayiri. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-bad-request-title = Solicitud no comprendida
error-bad-request = No se ha podido entender la solicitud.
error-internal-title = Error interno
error-internal = Se ha producido un error inesperado. Ha quedado registrado; indique la referencia de abajo si lo notifica.

## Invalid input (by code)
invalid-required = Este campo es obligatorio.
invalid-name-required = Indique al menos un nombre o un apellido.
invalid-invalid-country = Elija un país.
invalid-invalid-language = Elija un idioma.
invalid-invalid-date = Indique una fecha con el formato YYYY-MM-DD.
invalid-date-in-future = Esta fecha está en el futuro.
invalid-invalid-date-of-birth = Indique una fecha (YYYY-MM-DD) o un año (YYYY).
invalid-date-of-birth-in-future = La fecha de nacimiento está en el futuro.
invalid-date-of-birth-too-old = La fecha de nacimiento es de hace más de 120 años.
invalid-too-long = Este texto es demasiado largo.
invalid-invalid-characters = Este texto contiene caracteres no permitidos.
invalid-invalid-phone = Indique el número de teléfono con el prefijo del país, p. ej., +227 90 12 34 56.
invalid-invalid-email = Esto no es una dirección de correo electrónico.
invalid-invalid-document-number = Un número de documento solo tiene letras y cifras.
invalid-invalid-pcode = Un P-code empieza por dos letras, p. ej., GN6.
invalid-witness-required = El consentimiento oral requiere el nombre de un testigo.
invalid-expires-before-issue = El documento caduca antes de su fecha de expedición.
invalid-same-as-host-country = El país de retorno debe ser distinto del país de acogida.
invalid-outside-your-scope = Este no es uno de sus países.
invalid-unknown-person = Esa persona no existe.
invalid-reason-required = Indique el motivo.
invalid-invalid-flag = Una etiqueta solo tiene letras minúsculas, cifras o guiones bajos.
invalid-password-too-short = La contraseña necesita al menos 12 caracteres.
invalid-password-too-weak = Elija una contraseña que no se base en el nombre de usuario.
invalid-password-too-long = La contraseña es demasiado larga.
invalid-wrong-password = La contraseña actual es incorrecta.
invalid-passwords-differ = Las dos contraseñas nuevas no coinciden.
invalid-invalid-username = Un nombre de usuario tiene de 3 a 64 caracteres: letras minúsculas, cifras, puntos, guiones o guiones bajos.
invalid-username-taken = Este nombre de usuario ya está en uso.
invalid-cannot-disable-self = No puede desactivar su propia cuenta.
invalid-no-issuing-office = Su organización no tiene ninguna oficina que pueda asignar el número de caso.

## Months
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Stages
stage-registered = Registrado
stage-counselling = Asesoramiento
stage-decided = Decisión tomada
stage-pre-departure = Preparación de la salida
stage-departed = Salida efectuada
stage-arrived = Llegada
stage-reintegration = Reintegración
stage-monitoring = Seguimiento
stage-closed = Cerrado
move-to-registered = Volver al registro
move-to-counselling = Iniciar el asesoramiento
move-to-decided = Registrar la decisión de regresar
move-to-pre-departure = Preparar la salida
move-to-departed = Registrar la salida
move-to-arrived = Registrar la llegada
move-to-reintegration = Iniciar la reintegración
move-to-monitoring = Iniciar el seguimiento
move-to-closed = Cerrar
move-back-registered = Volver al registro
move-back-counselling = Volver al asesoramiento

## Return categories
category-assisted-voluntary-return-and-reintegration = Retorno voluntario asistido y reintegración
category-voluntary-humanitarian-return = Retorno humanitario voluntario
category-assisted-voluntary-return = Retorno voluntario asistido
category-forced-return = Retorno forzoso
category-spontaneous-return = Retorno espontáneo
category-end-of-labour-contract = Retorno al final de un contrato de trabajo
category-refugee-repatriation = Repatriación voluntaria de refugiados
relation-origin = país de origen
relation-transit = país de tránsito
relation-third-country = otro tercer país
priority-normal = Normal
priority-high = Alta
priority-urgent = Urgente
closure-completed = Completado
closure-withdrew = Desistimiento
closure-lost-contact = Contacto perdido
closure-re-migrated = Nueva migración
closure-deceased = Fallecimiento
closure-transferred = Transferido
closure-ineligible = No elegible

## People
sex-female = Femenino
sex-male = Masculino
sex-other = Otro
sex-unknown = No consta
precision-exact = Exacta
precision-year-only = Solo el año
precision-estimated = Estimada
relationship-spouse = Cónyuge
relationship-child = Hijo o hija
relationship-parent = Padre o madre
relationship-sibling = Hermano o hermana
relationship-other-relative = Otro familiar
relationship-household-member = Miembro del hogar
contact-phone = Teléfono
contact-email = Correo electrónico
contact-address = Dirección
contact-messaging = Mensajería
id-document-passport = Pasaporte
id-document-national-id-card = Documento nacional de identidad
id-document-birth-certificate = Certificado de nacimiento
id-document-consular-card = Tarjeta consular
id-document-residence-permit = Permiso de residencia
id-document-emergency-travel-document = Documento de viaje de emergencia
id-document-laissez-passer = Laissez-passer
id-document-other = Otro documento
role-administrator = Administrador/a
role-counsellor = Asesor/a
role-consular-officer = Funcionario/a consular
role-reception-officer = Agente de recepción
role-reintegration-officer = Responsable de reintegración
role-monitor = Responsable de seguimiento
role-me-analyst = Analista de seguimiento y evaluación
role-data-protection-officer = Delegado/a de protección de datos

## Counselling and consent
mode-in-person = En persona
mode-phone = Por teléfono
mode-video = Por vídeo
topic-return-process = Cómo funciona el retorno
topic-reintegration-assistance = Asistencia para la reintegración
topic-right-to-seek-asylum = El derecho a solicitar asilo
topic-situation-in-country-of-return = La situación en el país de retorno
topic-travel-arrangements = Organización del viaje
topic-right-to-withdraw = El derecho a cambiar de opinión
topic-health-and-special-needs = Salud y necesidades especiales
topic-data-protection = Cómo se usan los datos personales
purpose-return = Retorno
purpose-data-processing = Tratamiento de datos personales
purpose-data-sharing-with-authorities = Compartir datos con las autoridades del país de retorno
purpose-data-sharing-with-service-providers = Compartir datos con proveedores de servicios
purpose-follow-up-contact = Recibir contacto después del retorno
method-signature = Firma
method-thumbprint = Huella del pulgar
method-witnessed-oral = Oral, ante un testigo
outcome-back-to-counselling = El asesoramiento continúa
outcome-close-case = La persona deja el programa (el caso se cierra)

## Protection
concern-non-refoulement-risk = Riesgo de devolución (refoulement)
concern-pending-asylum-claim = Solicitud de asilo pendiente
concern-suspensive-appeal = Recurso con efecto suspensivo
concern-other = Otra preocupación
service-anti-trafficking = Asistencia a víctimas de trata
service-child-protection = Protección de la infancia
service-medical = Atención médica
service-psychosocial = Apoyo psicosocial
service-legal = Asistencia jurídica
service-shelter = Alojamiento
service-asylum = Procedimiento de asilo
service-other = Otro servicio
referral-status-sent = Enviada
referral-status-accepted = Aceptada
referral-status-declined = Rechazada
referral-status-completed = Completada
guardian-kind-parent = Su padre o su madre
guardian-kind-relative = Un familiar
guardian-kind-appointed-legal-guardian = Un tutor legal designado
guardian-kind-child-protection-authority = Una autoridad de protección de la infancia
bia-return-in-best-interests = El retorno responde al interés superior del niño
bia-return-not-in-best-interests = El retorno no responde al interés superior del niño
document-passport = Pasaporte
document-emergency-travel-document = Documento de viaje de emergencia
document-laissez-passer = Laissez-passer

## Screening results
vulnerability-unaccompanied-or-separated-child = Menor no acompañado o separado
vulnerability-presumed-victim-of-trafficking = Presunta víctima de trata
vulnerability-elderly = Persona mayor
vulnerability-disability = Persona con discapacidad
vulnerability-serious-medical-condition = Enfermedad grave
vulnerability-single-woman-or-female-headed-household = Mujer sola u hogar encabezado por una mujer
vulnerability-survivor-of-violence-or-torture = Sobreviviente de violencia o tortura
vulnerability-pregnant = Mujer embarazada
need-escort = Escolta
need-medical-escort = Escolta médica
need-guardian = Tutor
need-interpreter = Intérprete
need-wheelchair = Silla de ruedas
need-shelter-on-arrival = Alojamiento a la llegada
indicator-deceived-about-work-or-conditions = Engaño sobre el trabajo o las condiciones
indicator-documents-confiscated = Documentos retenidos
indicator-debt-bondage = Servidumbre por deudas
indicator-restricted-movement = Libertad de movimiento restringida
indicator-threats-or-violence = Amenazas o violencia
indicator-no-control-over-earnings = Sin control sobre sus ingresos
indicator-forced-labour = Trabajo forzoso
indicator-sexual-exploitation = Explotación sexual

## Guards (why a move is blocked, and what to do)
guard-counselling-missing = Un retorno voluntario debe ser una decisión informada, y no hay ninguna sesión de asesoramiento registrada.
guard-counselling-missing-remedy = Registre una sesión de asesoramiento realizada en un idioma que la persona entienda.
guard-consent-missing = Un retorno voluntario requiere el consentimiento registrado de la persona para el retorno, y no hay ninguno vigente.
guard-consent-missing-remedy = Registre el consentimiento de la persona para el retorno.
guard-return-decision-missing = Un retorno forzoso solo puede llevarse a cabo con una decisión de retorno ejecutable, y no hay ninguna registrada.
guard-return-decision-missing-remedy = Registre la decisión de retorno.
guard-trafficking-referral-missing = La persona es presunta víctima de trata y primero debe ser derivada a asistencia especializada.
guard-trafficking-referral-missing-remedy = Registre una derivación a asistencia a víctimas de trata.
guard-protection-concern-open = Hay una preocupación de protección abierta (riesgo de devolución, solicitud de asilo o recurso suspensivo): nadie puede ser expulsado mientras siga abierta.
guard-protection-concern-open-remedy = Espere a que se resuelva; después, una persona autorizada la cerrará.
guard-guardian-missing = La persona es un menor no acompañado o separado y no hay ningún tutor registrado.
guard-guardian-missing-remedy = Registre al tutor del menor.
guard-best-interests-assessment-missing = La persona es un menor no acompañado o separado y no hay ninguna evaluación del interés superior del niño registrada.
guard-best-interests-assessment-missing-remedy = Haga que se realice una evaluación del interés superior del niño y regístrela.
guard-best-interests-against-return = La última evaluación del interés superior concluyó que el retorno no responde al interés superior del niño.
guard-best-interests-against-return-remedy = No se debe proceder al retorno del menor; registre una nueva evaluación solo si la situación ha cambiado.
guard-travel-document-missing = No hay ningún documento de viaje registrado.
guard-travel-document-missing-remedy = Registre el pasaporte, el documento de viaje de emergencia o el laissez-passer.
guard-travel-document-not-valid = Ningún documento de viaje registrado es válido hoy.
guard-travel-document-not-valid-remedy = Solicite un nuevo documento de viaje.
guard-protection-requirement-unmet = Todavía no se cumple un requisito de protección.
guard-protection-requirement-unmet-remedy = Quien asesora en el caso puede verlo y actuar.

## Timeline
event-case-opened = Caso abierto
event-details-updated = Datos modificados
event-stage-changed = Cambio de etapa
event-case-closed = Caso cerrado
event-case-reopened = Caso reabierto
event-counselling-recorded = Sesión de asesoramiento
event-consent-recorded = Consentimiento registrado
event-consent-withdrawn = Consentimiento retirado
event-screening-recorded = Evaluación de vulnerabilidad registrada
event-protection-concern-raised = Preocupación de protección señalada
event-protection-concern-closed = Preocupación de protección cerrada
event-referral-recorded = Derivación
event-guardian-appointed = Tutor registrado
event-best-interests-assessed = Evaluación del interés superior del niño
event-travel-document-recorded = Documento de viaje
event-return-decision-recorded = Decisión de retorno registrada

## Audit actions
action-case-read-sensitive = Lectura de datos sensibles
action-case-create = Caso abierto
action-case-update = Caso modificado
action-case-transition = Cambio de etapa
action-case-reopen = Caso reabierto
action-case-counselling-record = Asesoramiento registrado
action-case-consent-record = Consentimiento registrado
action-case-consent-withdraw = Consentimiento retirado
action-case-screening-record = Evaluación de vulnerabilidad registrada
action-case-protection-concern-raise = Preocupación de protección señalada
action-case-protection-concern-close = Preocupación de protección cerrada
action-case-referral-record = Derivación registrada
action-case-guardian-appoint = Tutor registrado
action-case-best-interests-record = Evaluación del interés superior registrada
action-case-travel-document-record = Documento de viaje registrado
action-case-return-decision-record = Decisión de retorno registrada
action-person-create = Persona registrada
action-person-update = Datos de la persona modificados
action-user-create = Cuenta de usuario creada
action-user-disable = Cuenta de usuario desactivada
action-user-set-language = Idioma elegido
action-auth-login = Inicio de sesión
action-auth-login-failed = Inicio de sesión fallido
action-auth-logout = Cierre de sesión
action-auth-logout-everywhere = Cierre de sesión en todos los dispositivos
action-auth-password-changed = Contraseña cambiada
