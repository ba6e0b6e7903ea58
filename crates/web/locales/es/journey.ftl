# El viaje de retorno: verificación consular, preparación del viaje, operaciones, supervisión,
# llegadas y asistencia, indicadores.

nav-consular = Consular
nav-operations = Operaciones
nav-arrivals = Llegadas
nav-indicators = Indicadores
role-escort-officer = Agente de escolta

## Case page section
journey-section = El viaje de retorno
journey-consular = Verificación consular y documentos de viaje
journey-consular-add = Enviar una solicitud a una misión consular
journey-consular-send = Enviar la solicitud
journey-readiness = Listo para viajar
journey-fitness = Aptitud para viajar:
journey-fitness-add = Registrar un certificado de aptitud para viajar
journey-fitness-outcome = Conclusión
journey-fitness-conditions = Condiciones del viaje
journey-assessed-on = Evaluado el
journey-assessed-by = Médico o centro de salud
readiness-valid-until = válido hasta el
journey-escort = Escolta:
journey-escort-add = Designar una escolta
journey-escort-kind = Tipo de escolta
journey-escort-remove = Retirar
journey-interpreter = Intérprete:
journey-interpreter-add = Reservar un intérprete
journey-operations = Operaciones de retorno
journey-arrivals = Llegadas
journey-blocked-by = Rechazado: una condición de salida no se cumple.
field-date = Fecha
field-currency = Moneda
field-admin1 = Región

## Guards of readiness to travel
guard-fitness-to-travel-missing = La persona tiene necesidades médicas y ningún certificado de aptitud para viajar es válido el día de la salida.
guard-fitness-to-travel-missing-remedy = Registre un certificado médico de aptitud para viajar válido el día de la salida.
guard-unfit-to-travel = La última evaluación médica concluyó que la persona no está apta para viajar.
guard-unfit-to-travel-remedy = Aplace la salida; registre una nueva evaluación cuando la persona esté apta.
guard-medical-escort-missing = La persona necesita una escolta médica y no hay ninguna designada para el viaje.
guard-medical-escort-missing-remedy = Designe una escolta médica (médico o enfermero).
guard-child-escort-missing = Un niño no acompañado o separado nunca viaja solo, y no hay escolta designada para el niño.
guard-child-escort-missing-remedy = Designe un tutor o una escolta de protección de la infancia para viajar con el niño.
guard-escort-officer-missing = Un retorno forzoso va escoltado, y no hay ningún agente de escolta designado para la persona.
guard-escort-officer-missing-remedy = Designe un agente de escolta para la persona.
guard-interpreter-missing = La persona necesita un intérprete y no hay ninguno reservado para el viaje y la llegada.
guard-interpreter-missing-remedy = Reserve un intérprete en la lengua de la persona.

event-fitness-to-travel-recorded = Aptitud para viajar registrada
event-escort-assigned = Escolta designada
event-escort-removed = Escolta retirada
event-interpreter-arranged = Intérprete reservado
event-arrival-registered = Llegada registrada

done-consular = La solicitud se ha enviado a la misión consular.
done-fitness = El certificado de aptitud para viajar está registrado.
done-escort = La escolta está designada.
done-escort-removed = La escolta se ha retirado.
done-interpreter = El intérprete está reservado.
done-manifest = El expediente está en el manifiesto.
done-manifest-removed = El manifiesto se ha actualizado.
done-departed = La operación ha salido; sus expedientes constan como salidos.
done-escort-officer = El agente de escolta está designado.
done-monitor = El supervisor está designado.
done-arrival = La llegada está confirmada.
done-assistance = La asistencia está registrada.

## Consular requests
consular-title = Solicitudes consulares
consular-request-title = Solicitud consular
consular-turnaround = Plazos por consulado
consular-overdue-after = { $count ->
    [one] Una solicitud todavía pendiente después de { $formatted } día está atrasada.
   *[other] Una solicitud todavía pendiente después de { $formatted } días está atrasada.
}
consular-mission = Misión consular
consular-requests = Solicitudes
consular-open = En curso
consular-overdue = Atrasada
consular-issued-count = Documentos expedidos
consular-median-days = Plazo mediano de expedición (días)
consular-show-all = Ver todas las solicitudes
consular-show-overdue = Ver solo las solicitudes atrasadas
consular-person = Persona
consular-waiting = Duración
consular-days = { $count ->
    [one] { $formatted } día
   *[other] { $formatted } días
}
consular-claimed-nationality = Nacionalidad declarada
consular-confirmed-nationality = Nacionalidad confirmada
consular-document = Documento de viaje
consular-evidence = Pruebas de identidad enviadas
consular-fee = Tasas consulares
consular-fee-hint = importe en la moneda, cuando se cobran
consular-fee-exempt = Exención de tasas
consular-fee-payable = No: se cobran las tasas
consular-requested = Solicitada el
consular-interview = Entrevista
consular-place = Lugar
consular-issued = Documento expedido
consular-history = Historial
consular-decide = Registrar la decisión de la misión
consular-reason-hint = obligatorio si no se confirma la nacionalidad o se deniega el documento
consular-status-requested = Solicitada
consular-status-interview-scheduled = Entrevista fijada
consular-status-nationality-confirmed = Nacionalidad confirmada
consular-status-nationality-not-confirmed = Nacionalidad no confirmada
consular-status-document-issued = Documento expedido
consular-status-document-refused = Documento denegado
evidence-passport = Pasaporte
evidence-expired-passport = Pasaporte caducado
evidence-national-id-card = Documento nacional de identidad
evidence-birth-certificate = Partida de nacimiento
evidence-consular-card = Tarjeta consular
evidence-photograph = Fotografía
evidence-fingerprints = Huellas dactilares
evidence-witness-statement = Testimonio
evidence-other = Otra
exemption-humanitarian-return = Retorno humanitario
exemption-child = Menor
exemption-destitution = Indigencia
exemption-agreement = Acuerdo de readmisión o bilateral

## Operations
operations-title = Operaciones de retorno
operations-list = Operaciones
operations-plan = Planificar una operación
operations-plan-submit = Planificar la operación
operation-title = Operación de retorno
op-field-reference = Referencia
op-field-kind = Tipo
op-field-status = Estado
op-field-date = Fecha
op-field-route = Itinerario
op-field-arrival-point = Punto de llegada
op-field-seats = Plazas
op-field-departure-country = País de salida
op-field-mode = Medio
op-field-carrier = Transportista
op-field-number = Número de vuelo o de convoy
op-field-from = Desde
op-field-to = Hasta
op-field-departs = Salida (UTC)
op-field-arrives = Llegada (UTC)
op-point-hint = código IATA del aeropuerto para vuelos; un paso fronterizo o un lugar por tierra o mar
op-leg = Tramo
op-forced = Retorno forzoso
op-forced-hint = Operación de retorno forzoso (agentes de escolta y supervisores; ningún retorno voluntario)
op-departed-at = salió
op-export-csv = Manifiesto (CSV)
op-export-xlsx = Manifiesto (Excel)
op-manifest = Manifiesto
op-people = Personas
op-actions = Acciones
op-remove = Retirar
op-no-show = No se presentó
op-add-case = Número de expediente
op-add = Inscribir en el manifiesto
op-depart = La operación sale
op-depart-hint = Cada expediente todavía inscrito pasa a salido; las condiciones de salida se verifican de nuevo hoy.
op-team = Escoltas y supervisores
op-escort-officers = Agentes de escolta
op-escort-assign = Agente de escolta
op-assign = Designar
op-monitors = Supervisores independientes
op-monitors-none = Todavía no hay supervisor designado.
op-monitor-assign = Supervisor de la bolsa
op-reports = Informes de supervisión
op-kind-charter-flight = Vuelo chárter
op-kind-scheduled-flight = Grupo en un vuelo regular
op-kind-convoy = Convoy
op-kind-sea-crossing = Travesía marítima
op-status-planned = Prevista
op-status-departed = Salió
op-status-arrived = Llegó
op-status-cancelled = Cancelada
entry-status-listed = Inscrito
entry-status-no-show = No se presentó
entry-status-departed = Salió
entry-status-arrived = Llegó
mode-air = Avión
mode-land = Tierra
mode-sea = Mar
mode-unknown = No registrado
escort-kind-medical = Escolta médica
escort-kind-child-escort = Escolta del niño
escort-kind-escort-officer = Agente de escolta
escort-kind-other = Otra escolta
fitness-fit = Apto para viajar
fitness-fit-with-conditions = Apto para viajar, con condiciones
fitness-unfit = No apto para viajar

## Monitoring
monitor-profile = Mi perfil en la bolsa de supervisores
monitor-profile-none = Todavía no está en la bolsa.
monitor-languages-hint = códigos ISO 639, separados por espacios (es fr en)
monitor-available-from = Disponible del
monitor-available-to = al
report-title = Informe de supervisión
report-new = Redactar un informe
report-phase = Fase
report-summary = Resumen
report-incident = Incidente
report-incident-kind = Tipo de incidente
report-incident-at = Cuándo (UTC)
report-incidents = Incidentes
report-observation = Observación sobre derechos fundamentales
report-observations = Observaciones sobre derechos fundamentales
report-topic = Derecho observado
report-finding = Constatación
report-save-draft = Guardar el borrador
report-submit = Presentar el informe
report-submit-hint = Una vez presentado, un informe no cambia nunca; las correcciones son informes nuevos.
report-submitted-on = Presentado el
report-edit = Editar el borrador
report-back = Volver a la operación
report-corrects = Informe que este corrige
report-correction = corrección
report-status-draft = Borrador
report-status-submitted = Presentado
phase-pre-departure = Antes de la salida
phase-in-flight = En vuelo
phase-hand-over = Entrega a las autoridades
incident-use-of-force = Uso de la fuerza
incident-means-of-restraint = Medios de contención
incident-medical = Médico
incident-complaint = Queja
incident-other = Otro
rights-dignity-and-respect = Dignidad y respeto
rights-information-in-a-language-understood = Información en una lengua comprendida
rights-access-to-medical-care = Acceso a atención médica
rights-family-unity = Unidad familiar
rights-best-interests-of-the-child = Interés superior del niño
rights-proportionate-use-of-force = Uso proporcionado de la fuerza
rights-access-to-complaint-mechanism = Acceso a un mecanismo de queja
rights-other = Otro

## Arrivals
arrivals-title = Llegadas
arrivals-register-spontaneous = Registrar a un retornado no anunciado
arrivals-expected = Llegadas previstas
arrivals-expected-hint = Quién llega a sus países, cuándo y dónde, y qué preparar.
arrivals-expected-none = No hay nadie anunciado.
arrivals-prepare = Preparar
arrivals-destination = Destino final
arrivals-arrived = Llegó
arrivals-confirm-one = Confirmar la llegada
arrivals-confirm-all = Confirmar la llegada de todos
arrivals-recent = Llegadas de los últimos 30 días
arrivals-awaiting = Asistencia pendiente
arrivals-age = { $count ->
    [one] { $formatted } año
   *[other] { $formatted } años
}
arrivals-age-about = { $count ->
    [one] unos { $formatted } año
   *[other] unos { $formatted } años
}
arrival-title = Llegada
arrival-field-kind = Llegada
arrival-field-mode = Por
arrival-field-country = País
arrival-kind-expected = Anunciada por un manifiesto
arrival-kind-spontaneous = Retorno espontáneo, registrado en el lugar
arrival-assistance = Asistencia a la llegada
arrival-person = Persona
arrival-what = Asistencia
arrival-by = Prestada por
arrival-when = Cuándo (UTC)
arrival-amount = Importe
arrival-amount-hint = obligatorio para el dinero de bolsillo
arrival-detail = Detalles (destino, alojamiento, lo entregado)
arrival-record = Registrar la asistencia
arrival-possible-duplicates = { $count ->
    [one] { $formatted } persona ya registrada podría ser la misma: un técnico debe comprobarlo.
   *[other] { $formatted } personas ya registradas podrían ser la misma: un técnico debe comprobarlo.
}
assistance-reception = Acogida
assistance-pocket-money = Dinero de bolsillo
assistance-onward-transport = Transporte hasta la comunidad
assistance-temporary-shelter = Alojamiento temporal
assistance-medical-first-aid = Primeros auxilios médicos
assistance-psychosocial-first-aid = Primeros auxilios psicológicos
spontaneous-title = Un retornado que nadie anunció
spontaneous-hint = Un registro breve en la frontera: abre un expediente de retorno espontáneo y registra la llegada.
spontaneous-point = Paso fronterizo o aeropuerto
spontaneous-when = Llegó (UTC)
spontaneous-coming-from = Regresa de
spontaneous-dob-hint = AAAA-MM-DD, o solo el año
spontaneous-submit = Registrar la llegada

## Indicators and points
indicators-title = Indicadores del viaje de retorno
indicators-hint = Calculados a partir del historial de los expedientes; definiciones en docs/INDICATORS.md.
indicators-returns = Retornos por medio, país de retorno y mes
indicators-month = Mes
indicators-count = Retornos
indicators-documents = Plazo mediano entre solicitud y expedición del documento de viaje, por consulado
indicators-assistance = Llegadas asistidas en 72 horas
points-title = Pasos fronterizos y aeropuertos
points-list = La lista mantenida
points-add = Añadir un punto
points-code = Código
points-code-hint = código IATA para un aeropuerto; si no, de 4 a 12 mayúsculas, cifras o guiones
points-kind = Tipo
points-location = Ubicación
points-latitude = Latitud
points-longitude = Longitud
point-kind-airport = Aeropuerto
point-kind-land-border = Paso fronterizo terrestre
point-kind-seaport = Puerto

## Refusals and field errors
refusal-consent-to-share-missing = Registre primero el consentimiento de la persona para compartir sus datos de identidad con las autoridades del país de retorno.
refusal-case-not-preparing-departure = Las solicitudes consulares son para expedientes que preparan su salida.
refusal-consular-status-not-allowed = La solicitud no puede tomar este estado ahora.
refusal-case-not-ready = El expediente no está listo para viajar (debe estar en preparación de la salida).
refusal-wrong-destination = El expediente regresa a otro país que el de la operación.
refusal-category-mismatch = Los retornos forzosos y los voluntarios nunca viajan en la misma operación.
refusal-already-listed = El expediente ya está en el manifiesto.
refusal-not-listed = El expediente no está en el manifiesto.
refusal-capacity-exceeded = La operación no tiene plazas para las personas de este expediente.
refusal-operation-not-planned = La operación ya no está prevista.
refusal-operation-not-departed = La operación no ha salido.
refusal-manifest-empty = Nadie del manifiesto viaja.
refusal-not-forced-operation = Los supervisores se designan solo para operaciones de retorno forzoso.
refusal-monitor-not-independent = Un supervisor debe ser independiente del organizador.
refusal-monitor-unavailable = El supervisor no está disponible ese día.
refusal-already-assigned = Ya designado.
refusal-departure-blocked = Algunos expedientes no pueden salir: retírelos o márquelos como no presentados y vuelva a intentarlo.
refusal-nobody-expected = Ya no se espera a nadie de esta operación.
refusal-report-submitted = Un informe presentado no cambia nunca; redacte una corrección.
refusal-not-report-author = Solo su autor puede modificar o presentar un informe.
refusal-report-exists = Ya informó sobre esta fase: edite el borrador o redacte una corrección.
invalid-evidence-required = Envíe al menos una prueba de identidad.
invalid-fee-required = Indique las tasas, o el motivo de la exención.
invalid-fee-and-exemption = Las tasas se eximen o se cobran, no ambas cosas.
invalid-conditions-required = Indique las condiciones del viaje.
invalid-valid-before-assessed = El certificado termina antes de la evaluación.
invalid-invalid-iata-code = Indique el código IATA de tres letras del aeropuerto (p. ej. BKO).
invalid-invalid-point-code = De 4 a 12 mayúsculas, cifras o guiones (p. ej. NER-ASSAMAKA).
invalid-invalid-coordinate = Grados decimales, p. ej. 13.51 o -2.11.
invalid-incomplete-location = Indique la latitud y la longitud, o ninguna.
invalid-invalid-datetime = Indique una fecha y una hora.
invalid-arrives-before-departure = El tramo llega antes de salir.
invalid-date-in-past = Elija hoy o una fecha posterior.
invalid-invalid-capacity = Entre 1 y 1000 plazas.
invalid-legs-required = Describa al menos un tramo del trayecto.
invalid-amount-required = Indique el importe del dinero de bolsillo.
invalid-before-arrival = La asistencia no puede preceder a la llegada.
invalid-not-on-arrival = Esta persona no forma parte de la llegada.
invalid-unknown-case = Ningún expediente tiene este número.
invalid-unknown-point = Elija un punto activo en uno de sus países.
invalid-mission-does-not-serve = Esta misión no cubre este país de acogida para este país de retorno.
invalid-before-departure = La llegada no puede preceder a la salida.
invalid-ends-before-start = El periodo termina antes de empezar.
invalid-code-taken = Otro punto ya tiene este código.
invalid-not-an-escort-officer = Elija un agente de escolta de su organización.
invalid-not-in-pool = Esta persona no está en la bolsa de supervisores.
invalid-unknown-mission = Misión consular desconocida.
invalid-invalid-amount = Esto no es un importe.
invalid-amount-not-positive = El importe debe ser mayor que cero.
invalid-invalid-currency = Código de moneda que Bayiri no conoce (p. ej. XOF).
