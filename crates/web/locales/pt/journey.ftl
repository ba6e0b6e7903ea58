# A viagem de retorno: verificação consular, preparação da viagem, operações, monitorização,
# chegadas e assistência, indicadores.

nav-consular = Consular
nav-operations = Operações
nav-arrivals = Chegadas
nav-indicators = Indicadores
role-escort-officer = Agente de escolta

## Case page section
journey-section = A viagem de retorno
journey-consular = Verificação consular e documentos de viagem
journey-consular-add = Enviar um pedido a uma missão consular
journey-consular-send = Enviar o pedido
journey-readiness = Pronto para viajar
journey-fitness = Aptidão para viajar:
journey-fitness-add = Registar um atestado de aptidão para viajar
journey-fitness-outcome = Conclusão
journey-fitness-conditions = Condições da viagem
journey-assessed-on = Avaliado em
journey-assessed-by = Médico ou centro de saúde
readiness-valid-until = válido até
journey-escort = Escolta:
journey-escort-add = Designar uma escolta
journey-escort-kind = Tipo de escolta
journey-escort-remove = Retirar
journey-interpreter = Intérprete:
journey-interpreter-add = Reservar um intérprete
journey-operations = Operações de retorno
journey-arrivals = Chegadas
journey-blocked-by = Recusado: uma condição de partida não está cumprida.
field-date = Data
field-currency = Moeda
field-admin1 = Região

## Guards of readiness to travel
guard-fitness-to-travel-missing = A pessoa tem necessidades médicas e nenhum atestado de aptidão para viajar é válido no dia da partida.
guard-fitness-to-travel-missing-remedy = Registe um atestado médico de aptidão para viajar válido no dia da partida.
guard-unfit-to-travel = A última avaliação médica concluiu que a pessoa não está apta para viajar.
guard-unfit-to-travel-remedy = Adie a partida; registe uma nova avaliação quando a pessoa estiver apta.
guard-medical-escort-missing = A pessoa precisa de uma escolta médica e nenhuma está designada para a viagem.
guard-medical-escort-missing-remedy = Designe uma escolta médica (médico ou enfermeiro).
guard-child-escort-missing = Uma criança não acompanhada ou separada nunca viaja sozinha, e nenhuma escolta está designada para a criança.
guard-child-escort-missing-remedy = Designe um tutor ou uma escolta da proteção da infância para viajar com a criança.
guard-escort-officer-missing = Um retorno forçado é escoltado, e nenhum agente de escolta está designado para a pessoa.
guard-escort-officer-missing-remedy = Designe um agente de escolta para a pessoa.
guard-interpreter-missing = A pessoa precisa de um intérprete e nenhum está reservado para a viagem e a chegada.
guard-interpreter-missing-remedy = Reserve um intérprete na língua da pessoa.

event-fitness-to-travel-recorded = Aptidão para viajar registada
event-escort-assigned = Escolta designada
event-escort-removed = Escolta retirada
event-interpreter-arranged = Intérprete reservado
event-arrival-registered = Chegada registada

done-consular = O pedido foi enviado à missão consular.
done-fitness = O atestado de aptidão para viajar está registado.
done-escort = A escolta está designada.
done-escort-removed = A escolta foi retirada.
done-interpreter = O intérprete está reservado.
done-manifest = O processo está no manifesto.
done-manifest-removed = O manifesto foi atualizado.
done-departed = A operação partiu; os seus processos estão marcados como partidos.
done-escort-officer = O agente de escolta está designado.
done-monitor = O monitor está designado.
done-arrival = A chegada está confirmada.
done-assistance = A assistência está registada.

## Consular requests
consular-title = Pedidos consulares
consular-request-title = Pedido consular
consular-turnaround = Prazos por consulado
consular-overdue-after = { $count ->
    [one] Um pedido ainda em espera após { $formatted } dia está atrasado.
   *[other] Um pedido ainda em espera após { $formatted } dias está atrasado.
}
consular-mission = Missão consular
consular-requests = Pedidos
consular-open = Em curso
consular-overdue = Atrasado
consular-issued-count = Documentos emitidos
consular-median-days = Prazo mediano de emissão (dias)
consular-show-all = Ver todos os pedidos
consular-show-overdue = Ver só os pedidos atrasados
consular-person = Pessoa
consular-waiting = Duração
consular-days = { $count ->
    [one] { $formatted } dia
   *[other] { $formatted } dias
}
consular-claimed-nationality = Nacionalidade declarada
consular-confirmed-nationality = Nacionalidade confirmada
consular-document = Documento de viagem
consular-evidence = Elementos de identidade enviados
consular-fee = Emolumentos consulares
consular-fee-hint = montante na moeda, quando são cobrados
consular-fee-exempt = Isenção de emolumentos
consular-fee-payable = Não: os emolumentos são cobrados
consular-requested = Pedido em
consular-interview = Entrevista
consular-place = Local
consular-issued = Documento emitido
consular-history = Histórico
consular-decide = Registar a decisão da missão
consular-reason-hint = obrigatório se a nacionalidade não for confirmada ou o documento recusado
consular-status-requested = Pedido
consular-status-interview-scheduled = Entrevista marcada
consular-status-nationality-confirmed = Nacionalidade confirmada
consular-status-nationality-not-confirmed = Nacionalidade não confirmada
consular-status-document-issued = Documento emitido
consular-status-document-refused = Documento recusado
evidence-passport = Passaporte
evidence-expired-passport = Passaporte caducado
evidence-national-id-card = Bilhete de identidade
evidence-birth-certificate = Certidão de nascimento
evidence-consular-card = Cartão consular
evidence-photograph = Fotografia
evidence-fingerprints = Impressões digitais
evidence-witness-statement = Testemunho
evidence-other = Outro
exemption-humanitarian-return = Retorno humanitário
exemption-child = Criança
exemption-destitution = Indigência
exemption-agreement = Acordo de readmissão ou bilateral

## Operations
operations-title = Operações de retorno
operations-list = Operações
operations-plan = Planear uma operação
operations-plan-submit = Planear a operação
operation-title = Operação de retorno
op-field-reference = Referência
op-field-kind = Tipo
op-field-status = Estado
op-field-date = Data
op-field-route = Itinerário
op-field-arrival-point = Ponto de chegada
op-field-seats = Lugares
op-field-departure-country = País de partida
op-field-mode = Meio
op-field-carrier = Transportadora
op-field-number = Número do voo ou do comboio
op-field-from = De
op-field-to = Para
op-field-departs = Partida (UTC)
op-field-arrives = Chegada (UTC)
op-point-hint = código IATA do aeroporto para voos; um posto fronteiriço ou um lugar por terra ou mar
op-leg = Etapa
op-forced = Retorno forçado
op-forced-hint = Operação de retorno forçado (agentes de escolta e monitores; nenhum retorno voluntário)
op-departed-at = partiu
op-export-csv = Manifesto (CSV)
op-export-xlsx = Manifesto (Excel)
op-manifest = Manifesto
op-people = Pessoas
op-actions = Ações
op-remove = Retirar
op-no-show = Não compareceu
op-add-case = Número do processo
op-add = Inscrever no manifesto
op-depart = A operação parte
op-depart-hint = Cada processo ainda inscrito passa a partido; as condições de partida são verificadas de novo hoje.
op-team = Escoltas e monitores
op-escort-officers = Agentes de escolta
op-escort-assign = Agente de escolta
op-assign = Designar
op-monitors = Monitores independentes
op-monitors-none = Ainda não há monitor designado.
op-monitor-assign = Monitor da bolsa
op-reports = Relatórios de monitorização
op-kind-charter-flight = Voo fretado
op-kind-scheduled-flight = Grupo num voo regular
op-kind-convoy = Comboio
op-kind-sea-crossing = Travessia marítima
op-status-planned = Prevista
op-status-departed = Partiu
op-status-arrived = Chegou
op-status-cancelled = Cancelada
entry-status-listed = Inscrito
entry-status-no-show = Não compareceu
entry-status-departed = Partiu
entry-status-arrived = Chegou
mode-air = Avião
mode-land = Terra
mode-sea = Mar
mode-unknown = Não registado
escort-kind-medical = Escolta médica
escort-kind-child-escort = Escolta da criança
escort-kind-escort-officer = Agente de escolta
escort-kind-other = Outra escolta
fitness-fit = Apto para viajar
fitness-fit-with-conditions = Apto para viajar, com condições
fitness-unfit = Inapto para viajar

## Monitoring
monitor-profile = O meu perfil na bolsa de monitores
monitor-profile-none = Ainda não está na bolsa.
monitor-languages-hint = códigos ISO 639, separados por espaços (pt fr en)
monitor-available-from = Disponível de
monitor-available-to = a
report-title = Relatório de monitorização
report-new = Redigir um relatório
report-phase = Fase
report-summary = Síntese
report-incident = Incidente
report-incident-kind = Tipo de incidente
report-incident-at = Quando (UTC)
report-incidents = Incidentes
report-observation = Observação sobre direitos fundamentais
report-observations = Observações sobre direitos fundamentais
report-topic = Direito observado
report-finding = Constatação
report-save-draft = Guardar o rascunho
report-submit = Submeter o relatório
report-submit-hint = Depois de submetido, um relatório nunca muda; as correções são novos relatórios.
report-submitted-on = Submetido em
report-edit = Editar o rascunho
report-back = Voltar à operação
report-corrects = Relatório que este corrige
report-correction = correção
report-status-draft = Rascunho
report-status-submitted = Submetido
phase-pre-departure = Antes da partida
phase-in-flight = Em voo
phase-hand-over = Entrega às autoridades
incident-use-of-force = Uso da força
incident-means-of-restraint = Meios de coerção
incident-medical = Médico
incident-complaint = Queixa
incident-other = Outro
rights-dignity-and-respect = Dignidade e respeito
rights-information-in-a-language-understood = Informação numa língua compreendida
rights-access-to-medical-care = Acesso a cuidados de saúde
rights-family-unity = Unidade familiar
rights-best-interests-of-the-child = Interesse superior da criança
rights-proportionate-use-of-force = Uso proporcionado da força
rights-access-to-complaint-mechanism = Acesso a um mecanismo de queixa
rights-other = Outro

## Arrivals
arrivals-title = Chegadas
arrivals-register-spontaneous = Registar um retornado não anunciado
arrivals-expected = Chegadas previstas
arrivals-expected-hint = Quem chega aos seus países, quando e onde, e o que preparar.
arrivals-expected-none = Ninguém está anunciado.
arrivals-prepare = A preparar
arrivals-destination = Destino final
arrivals-arrived = Chegou
arrivals-confirm-one = Confirmar a chegada
arrivals-confirm-all = Confirmar a chegada de todos
arrivals-recent = Chegadas dos últimos 30 dias
arrivals-awaiting = Assistência por prestar
arrivals-age = { $count ->
    [one] { $formatted } ano
   *[other] { $formatted } anos
}
arrivals-age-about = { $count ->
    [one] cerca de { $formatted } ano
   *[other] cerca de { $formatted } anos
}
arrival-title = Chegada
arrival-field-kind = Chegada
arrival-field-mode = Por
arrival-field-country = País
arrival-kind-expected = Anunciada por um manifesto
arrival-kind-spontaneous = Retorno espontâneo, registado no local
arrival-assistance = Assistência à chegada
arrival-person = Pessoa
arrival-what = Assistência
arrival-by = Prestada por
arrival-when = Quando (UTC)
arrival-amount = Montante
arrival-amount-hint = obrigatório para o subsídio de bolso
arrival-detail = Pormenores (destino, alojamento, o que foi entregue)
arrival-record = Registar a assistência
arrival-possible-duplicates = { $count ->
    [one] { $formatted } pessoa já registada pode ser a mesma: um técnico deve verificar.
   *[other] { $formatted } pessoas já registadas podem ser a mesma: um técnico deve verificar.
}
assistance-reception = Acolhimento
assistance-pocket-money = Subsídio de bolso
assistance-onward-transport = Transporte até à comunidade
assistance-temporary-shelter = Alojamento temporário
assistance-medical-first-aid = Primeiros socorros médicos
assistance-psychosocial-first-aid = Primeiros socorros psicológicos
spontaneous-title = Um retornado que ninguém anunciou
spontaneous-hint = Um registo curto na fronteira: abre um processo de retorno espontâneo e regista a chegada.
spontaneous-point = Posto fronteiriço ou aeroporto
spontaneous-when = Chegou (UTC)
spontaneous-coming-from = Regressa de
spontaneous-dob-hint = AAAA-MM-DD, ou só o ano
spontaneous-submit = Registar a chegada

## Indicators and points
indicators-title = Indicadores da viagem de retorno
indicators-hint = Calculados a partir do histórico dos processos; definições em docs/INDICATORS.md.
indicators-returns = Retornos por meio, país de retorno e mês
indicators-month = Mês
indicators-count = Retornos
indicators-documents = Prazo mediano entre pedido e emissão do documento de viagem, por consulado
indicators-assistance = Chegadas assistidas em 72 horas
points-title = Postos fronteiriços e aeroportos
points-list = A lista mantida
points-add = Acrescentar um ponto
points-code = Código
points-code-hint = código IATA para um aeroporto; caso contrário 4 a 12 maiúsculas, algarismos ou hífenes
points-kind = Tipo
points-location = Localização
points-latitude = Latitude
points-longitude = Longitude
point-kind-airport = Aeroporto
point-kind-land-border = Posto fronteiriço terrestre
point-kind-seaport = Porto

## Refusals and field errors
refusal-consent-to-share-missing = Registe primeiro o consentimento da pessoa para partilhar os dados de identidade com as autoridades do país de retorno.
refusal-case-not-preparing-departure = Os pedidos consulares são para processos que preparam a partida.
refusal-consular-status-not-allowed = O pedido não pode tomar este estado agora.
refusal-case-not-ready = O processo não está pronto para viajar (deve estar em preparação da partida).
refusal-wrong-destination = O processo regressa a outro país que o da operação.
refusal-category-mismatch = Retornos forçados e voluntários nunca viajam na mesma operação.
refusal-already-listed = O processo já está no manifesto.
refusal-not-listed = O processo não está no manifesto.
refusal-capacity-exceeded = A operação já não tem lugares para as pessoas deste processo.
refusal-operation-not-planned = A operação já não está prevista.
refusal-operation-not-departed = A operação não partiu.
refusal-manifest-empty = Ninguém no manifesto viaja.
refusal-not-forced-operation = Os monitores são designados só para operações de retorno forçado.
refusal-monitor-not-independent = Um monitor tem de ser independente do organizador.
refusal-monitor-unavailable = O monitor não está disponível nesse dia.
refusal-already-assigned = Já designado.
refusal-departure-blocked = Alguns processos não podem partir: retire-os ou marque-os como não comparecidos e tente de novo.
refusal-nobody-expected = Já não se espera ninguém desta operação.
refusal-report-submitted = Um relatório submetido nunca muda; redija uma correção.
refusal-not-report-author = Só o autor pode alterar ou submeter um relatório.
refusal-report-exists = Já relatou esta fase: edite o rascunho ou redija uma correção.
invalid-evidence-required = Envie pelo menos um elemento de identidade.
invalid-fee-required = Indique os emolumentos, ou o motivo da isenção.
invalid-fee-and-exemption = Os emolumentos são isentos ou cobrados, não as duas coisas.
invalid-conditions-required = Indique as condições da viagem.
invalid-valid-before-assessed = O atestado termina antes da avaliação.
invalid-invalid-iata-code = Indique o código IATA de três letras do aeroporto (p. ex. BKO).
invalid-invalid-point-code = 4 a 12 maiúsculas, algarismos ou hífenes (p. ex. NER-ASSAMAKA).
invalid-invalid-coordinate = Graus decimais, p. ex. 13.51 ou -2.11.
invalid-incomplete-location = Indique a latitude e a longitude, ou nenhuma.
invalid-invalid-datetime = Indique uma data e uma hora.
invalid-arrives-before-departure = A etapa chega antes de partir.
invalid-date-in-past = Escolha hoje ou uma data posterior.
invalid-invalid-capacity = Entre 1 e 1000 lugares.
invalid-legs-required = Descreva pelo menos uma etapa do trajeto.
invalid-amount-required = Indique o montante do subsídio de bolso.
invalid-before-arrival = A assistência não pode preceder a chegada.
invalid-not-on-arrival = Esta pessoa não faz parte da chegada.
invalid-unknown-case = Nenhum processo tem este número.
invalid-unknown-point = Escolha um ponto ativo num dos seus países.
invalid-mission-does-not-serve = Esta missão não cobre este país de acolhimento para este país de retorno.
invalid-before-departure = A chegada não pode preceder a partida.
invalid-ends-before-start = O período termina antes de começar.
invalid-code-taken = Outro ponto já tem este código.
invalid-not-an-escort-officer = Escolha um agente de escolta da sua organização.
invalid-not-in-pool = Esta pessoa não está na bolsa de monitores.
invalid-unknown-mission = Missão consular desconhecida.
invalid-invalid-amount = Isto não é um montante.
invalid-amount-not-positive = O montante tem de ser superior a zero.
invalid-invalid-currency = Código de moeda que o Bayiri não conhece (p. ex. XOF).
