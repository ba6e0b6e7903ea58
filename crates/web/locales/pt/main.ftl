# Bayiri — mensagens da interface em português (norma europeia, como na Guiné-Bissau, em Cabo Verde e em Portugal).
# Keys are grouped by page; domain words (stages, categories…) are at the end.

## Frame
skip-to-content = Saltar para o conteúdo
nav-label = Menu principal
nav-home = O meu trabalho
nav-cases = Casos
nav-register = Registar
nav-users = Utilizadores
nav-audit = Registo de auditoria
nav-account = A minha conta
nav-logout = Terminar sessão
language = Idioma
language-apply = Mudar
language-browser = Conforme o navegador
back-home = Voltar ao meu trabalho

## Common words
yes = Sim
no = Não
any = Todos
unknown = Sem informação
none = Nenhum
nobody = Ninguém
someone = Outra pessoa
system = Bayiri (sistema)
none-yet = Ainda não há nada registado.
save = Guardar
choose = Escolher…
since = desde
restricted = acesso restrito
what-to-do = O que fazer:
pages = Páginas
page-first = ← Primeira página
page-next = Página seguinte →
form-has-errors = Corrija os campos assinalados
answer-from-date-of-birth = Usar a data de nascimento
answer-not-applicable = Não se aplica (adulto)
answer-unknown = Não se sabe

## Login
login-title = Iniciar sessão
login-intro = O Bayiri contém dados pessoais de pessoas em situação de vulnerabilidade. Inicie sessão apenas com a sua própria conta.
login-username = Nome de utilizador
login-password = Palavra-passe
login-submit = Entrar
login-failed = Nome de utilizador ou palavra-passe incorretos.
login-rate-limited = Demasiadas tentativas falhadas. Tente novamente dentro de { $minutes } min.
login-expired = O formulário de início de sessão tinha expirado. Tente novamente.

## Home
home-title = O meu trabalho
home-mine = Os meus casos por etapa
home-mine-none = Não tem nenhum caso atribuído.
home-mine-all = { $count ->
    [one] O meu único caso
   *[other] Todos os meus { $formatted } casos
}
home-overdue = Em atraso
home-overdue-hint = Casos que ficaram na sua etapa mais tempo do que o previsto.
home-overdue-none = Nada está em atraso.
home-overdue-all = Todos os casos em atraso
home-recent = Alterados recentemente
home-recent-none = Nenhum caso foi alterado recentemente.

## Case list
cases-title = Casos
cases-search = Pesquisar por nome ou número do caso
cases-search-hint = Qualquer grafia registada, em qualquer escrita; p. ex. Diallo ou NER-2026-000123.
cases-filter = Mostrar
cases-only-mine = Só os meus casos
cases-only-overdue = Só os casos em atraso
cases-results = Resultados
cases-none = Nenhum caso corresponde.

## Case page
case-title = Caso
person-title = Pessoa
case-closed-as = Encerrado:
case-needs = Necessidades especiais e vulnerabilidade
case-needs-none = Nenhuma necessidade especial registada.
case-vulnerabilities = Vulnerabilidades
case-vulnerabilities-none = Nenhuma vulnerabilidade identificada.
case-screened-on = Triagem feita em
case-screen = Triagem de vulnerabilidade
case-next = O que se pode fazer agora
case-next-none = Nenhuma ação está disponível para a sua função nesta etapa.
case-blocked = bloqueado
case-close = Encerrar o caso
case-reopen = Reabrir o caso
case-counselling = Sessões de aconselhamento
case-counselling-add = Registar uma sessão de aconselhamento
case-consents = Consentimentos
case-consent-add = Registar um consentimento
consent-withdraw = Registar a retirada deste consentimento
consent-withdraw-then = Após a retirada
consent-withdrawn-on = Retirado em
case-concerns = Preocupações de proteção
case-concern-add = Assinalar uma preocupação de proteção
concern-close = Encerrar esta preocupação
case-referrals = Encaminhamentos
case-referral-add = Registar um encaminhamento
case-child = Proteção da criança
case-guardian-set = Registar o tutor
case-best-interests = Avaliações do interesse superior da criança
case-best-interests-add = Registar uma avaliação do interesse superior da criança
case-documents = Documentos de viagem
case-document-add = Registar um documento de viagem
case-decision = Decisão de retorno
case-decision-set = Registar a decisão de retorno
case-person = Pessoa
case-family = Membros da família incluídos no caso
case-family-none = A pessoa regressa sozinha.
case-timeline = Histórico

## Outcomes of forms
done-registered = A pessoa está registada e o caso está aberto.
done-move = O caso mudou de etapa.
done-close = O caso está encerrado.
done-reopen = O caso foi reaberto.
done-counselling = A sessão de aconselhamento está registada.
done-consent = O consentimento está registado.
done-withdraw = A retirada está registada.
done-screening = A triagem está registada.
done-concern = A preocupação de proteção está registada.
done-concern-close = A preocupação de proteção está encerrada.
done-referral = O encaminhamento está registado.
done-guardian = O tutor está registado.
done-best-interests = A avaliação do interesse superior da criança está registada.
done-document = O documento de viagem está registado.
done-decision = A decisão de retorno está registada.
done-password = A sua palavra-passe foi alterada. As suas outras sessões foram terminadas.
done-user-created = A conta de utilizador foi criada.
done-user-disabled = A conta de utilizador foi desativada e as suas sessões foram terminadas.

## Refusals on a case
case-error-guards-unmet = O caso ainda não pode avançar: veja abaixo o que o bloqueia.
case-error-transition-not-allowed = Esta passagem não existe a partir da etapa atual.
case-error-case-closed = O caso está encerrado; reabra-o primeiro.
case-error-case-not-closed = O caso não está encerrado.
case-error-closure-reason-not-allowed = Este motivo não permite encerrar um caso na etapa em que está.
case-error-record-not-found = Este registo já não existe no caso.
case-error-consent-already-withdrawn = Este consentimento já foi retirado.
case-error-concern-already-closed = Esta preocupação já foi encerrada.
case-error-already-departed = A pessoa já partiu.
case-error-not-voluntary-return = O consentimento para o retorno aplica-se apenas aos retornos voluntários.
case-error-not-forced-return = Uma decisão de retorno aplica-se apenas aos retornos forçados.
case-error-change-not-allowed-at-stage = Isto não pode ser alterado na etapa atual do caso.
case-error-nothing-to-change = Nada foi alterado.

## Screening
screening-title = Triagem de vulnerabilidade
screening-intro = Pergunte na língua da pessoa, com intérprete se for preciso. As respostas são confidenciais e só são mostradas a quem precisa delas.
screening-current = Resultado atual:
screening-trafficking = Sinais de tráfico
screening-trafficking-hint = Assinale o que a pessoa relata ou o que observou.
screening-other = Saúde e situação
screening-save = Guardar a triagem
q-under-18 = A pessoa tem menos de 18 anos?
q-under-18-hint = Responda só quando a data de nascimento não o esclarecer. Em caso de dúvida, a pessoa é tratada como criança.
q-with-parent = A criança viaja com o pai, a mãe ou a pessoa que habitualmente cuida dela?
q-with-parent-hint = Uma criança que viaja sem eles é um menor não acompanhado ou separado.
q-accommodation = A pessoa tem um lugar seguro onde ficar à chegada?
q-identified-victim-of-trafficking = Vítima de tráfico identificada por uma autoridade competente
q-disability = Tem uma deficiência
q-uses-wheelchair = Usa cadeira de rodas
q-serious-medical-condition = Tem uma doença grave
q-needs-medical-escort = Precisa de escolta médica para viajar
q-pregnant = Está grávida
q-single-woman-or-female-head-of-household = Mulher sozinha ou chefe de família
q-survivor-of-violence-or-torture = Sobrevivente de violência ou tortura
q-needs-interpreter = Precisa de intérprete

## Registration
register-title = Registar uma pessoa e abrir um caso
register-intro = Escreva os nomes como a pessoa os escreve e os pronuncia. Tudo o que está aqui pode ser corrigido mais tarde.
register-person = A pessoa
register-case = O retorno
register-submit = Registar e abrir o caso

## Fields
field-number = Número do caso
field-person = Pessoa
field-stage = Etapa
field-category = Categoria de retorno
field-route = De → para
field-priority = Prioridade
field-flag = Etiqueta
field-host-country = País de acolhimento
field-return-country = País de retorno
field-relation = Relação da pessoa com o país de retorno
field-community = Comunidade de retorno
field-region = Região (nível admin 1)
field-pcode = P-code
field-pcode-hint = se for conhecido, p. ex. GN6
field-locality = Cidade ou aldeia
field-opened = Aberto em
field-in-stage-since = Nesta etapa desde
field-case-worker = Gestor(a) do caso
field-given-names = Nomes próprios
field-family-name = Nome de família
field-original-given-names = Nomes próprios em escrita árabe
field-original-family-name = Nome de família em escrita árabe
field-original-hint = se a pessoa escreve o seu nome em escrita árabe
field-as-spoken = Pronúncia do nome
field-as-spoken-hint = para ajudar os intérpretes e o pessoal de acolhimento
field-alias = Outros nomes usados
field-sex = Sexo
field-date-of-birth = Data de nascimento
field-date-of-birth-hint = YYYY-MM-DD (ano-mês-dia), ou só o ano (YYYY)
field-precision = Grau de precisão
field-nationality = Nacionalidade
field-claimed-nationality = Nacionalidade (declarada)
field-languages = Línguas faladas
field-language = Língua
field-phone = Telefone
field-phone-hint = com o indicativo do país, p. ex. +227 90 12 34 56
field-place-of-birth = Local de nascimento
field-registered-in = País de registo
field-guardian = Tutor
field-guardian-name = Nome do tutor
field-guardian-kind = O tutor é
field-organisation = Organização
field-contact = Contacto
field-held-on = Data da sessão
field-mode = Modalidade
field-interpreter = Intérprete
field-interpreter-hint = nome, se houve intérprete
field-topics = Informação dada
field-notes = Notas
field-recorded = Registado por
field-purpose = Objeto do consentimento
field-given-on = Dado em
field-method = Como foi dado
field-witness = Testemunha
field-witness-hint = obrigatória para o consentimento oral
field-scope = O que foi exatamente acordado
field-concern-kind = Tipo de preocupação
field-description = Descrição
field-resolution = Como foi resolvida
field-service = Serviço
field-provider = Encaminhado para
field-sent-on = Enviado em
field-status = Estado
field-note = Nota
field-assessed-on = Data da avaliação
field-assessed-by = Avaliação feita por
field-outcome = Conclusão
field-summary = Resumo
field-document-kind = Documento
field-document-number = Número
field-issuing-country = Emitido por (país)
field-country-hint = código de três letras, p. ex. GIN
field-issued-on = Emitido em
field-expires-on = Válido até
field-reference = Referência
field-authority = Autoridade
field-decided-on = Data da decisão
field-reason = Motivo
field-closure-reason = Porque é que o caso é encerrado?
field-username = Nome de utilizador
field-name = Nome
field-role = Função
field-countries = Países
field-initial-password = Palavra-passe inicial
field-current-password = Palavra-passe atual
field-new-password = Nova palavra-passe
field-new-password-hint = pelo menos 12 caracteres; uma frase é mais fácil de lembrar
field-new-password-again = Repetir a nova palavra-passe
field-action = Ação
field-target = Registo
field-from = De
field-to = Até
field-when = Quando
field-who = Quem
field-correlation = Pedido

## Nationality
nationality-claimed = declarada, não verificada
nationality-verified = verificada

## Account
account-title = A minha conta
account-you = Os seus dados
account-password = Alterar a minha palavra-passe
account-password-change = Alterar a palavra-passe
account-sessions = Sessões
account-sessions-hint = As sessões terminam sozinhas ao fim de 12 horas. Se usou o Bayiri num dispositivo partilhado ou perdido, termine já todas as sessões.
account-logout-everywhere = Terminar sessão em todos os dispositivos

## Users
users-title = Utilizadores da minha organização
users-new = Novo utilizador
users-create = Criar o utilizador
user-active = Ativo
user-disabled = Desativado
user-disable = Desativar
user-disable-confirm = Desativar este utilizador e terminar todas as suas sessões?

## Audit
audit-title = Registo de auditoria
audit-none = Nenhuma entrada corresponde.

## Errors
error-title = Algo correu mal
error-reference = Referência para o apoio técnico:
error-not-found-title = Não encontrado
error-not-found = Não há nada aqui, ou não pertence à sua organização nem aos seus países.
error-forbidden-title = Não permitido
error-forbidden = A sua função não permite isto.
error-version-conflict-title = Alterado entretanto
error-version-conflict = Alguém alterou este registo enquanto trabalhava nele. Recarregue-o e volte a fazer a sua alteração.
error-unavailable-title = Temporariamente indisponível
error-unavailable = Não é possível aceder à base de dados. Tente novamente dentro de momentos.
error-rate-limited-title = Demasiadas tentativas
error-rate-limited = Demasiadas tentativas. Aguarde alguns minutos e tente novamente.
error-csrf-title = Formulário expirado
error-csrf = Este formulário expirou ou não veio do Bayiri. Volte atrás, recarregue a página e tente novamente.
error-bad-request-title = Pedido não compreendido
error-bad-request = Não foi possível compreender o pedido.
error-internal-title = Erro interno
error-internal = Ocorreu um erro inesperado. Ficou registado; indique a referência abaixo se o comunicar.

## Invalid input (by code)
invalid-required = Este campo é obrigatório.
invalid-name-required = Indique pelo menos um nome próprio ou um nome de família.
invalid-invalid-country = Escolha um país.
invalid-invalid-language = Escolha uma língua.
invalid-invalid-date = Indique uma data no formato YYYY-MM-DD.
invalid-date-in-future = Esta data está no futuro.
invalid-invalid-date-of-birth = Indique uma data (YYYY-MM-DD) ou um ano (YYYY).
invalid-date-of-birth-in-future = A data de nascimento está no futuro.
invalid-date-of-birth-too-old = A data de nascimento é de há mais de 120 anos.
invalid-too-long = Este texto é demasiado longo.
invalid-invalid-characters = Este texto contém caracteres que não são permitidos.
invalid-invalid-phone = Indique o número de telefone com o indicativo do país, p. ex. +227 90 12 34 56.
invalid-invalid-email = Isto não é um endereço de e-mail.
invalid-invalid-document-number = Um número de documento tem apenas letras e algarismos.
invalid-invalid-pcode = Um P-code começa por duas letras, p. ex. GN6.
invalid-witness-required = O consentimento oral exige o nome de uma testemunha.
invalid-expires-before-issue = O documento expira antes da data de emissão.
invalid-same-as-host-country = O país de retorno tem de ser diferente do país de acolhimento.
invalid-outside-your-scope = Este não é um dos seus países.
invalid-unknown-person = Esta pessoa não existe.
invalid-reason-required = Indique o motivo.
invalid-invalid-flag = Uma etiqueta tem apenas letras minúsculas, algarismos ou sublinhados.
invalid-password-too-short = A palavra-passe precisa de pelo menos 12 caracteres.
invalid-password-too-weak = Escolha uma palavra-passe que não se baseie no nome de utilizador.
invalid-password-too-long = A palavra-passe é demasiado longa.
invalid-wrong-password = A palavra-passe atual está errada.
invalid-passwords-differ = As duas novas palavras-passe são diferentes.
invalid-invalid-username = Um nome de utilizador tem de 3 a 64 caracteres: letras minúsculas, algarismos, pontos, hífenes ou sublinhados.
invalid-username-taken = Este nome de utilizador já está a ser usado.
invalid-cannot-disable-self = Não pode desativar a sua própria conta.
invalid-no-issuing-office = A sua organização não tem nenhum escritório que possa atribuir o número do caso.

## Months
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

## Stages
stage-registered = Registado
stage-counselling = Aconselhamento
stage-decided = Decisão tomada
stage-pre-departure = Preparação da partida
stage-departed = Partida efetuada
stage-arrived = Chegada
stage-reintegration = Reintegração
stage-monitoring = Acompanhamento
stage-closed = Encerrado
move-to-registered = Voltar ao registo
move-to-counselling = Iniciar o aconselhamento
move-to-decided = Registar a decisão de regressar
move-to-pre-departure = Preparar a partida
move-to-departed = Registar a partida
move-to-arrived = Registar a chegada
move-to-reintegration = Iniciar a reintegração
move-to-monitoring = Iniciar o acompanhamento
move-to-closed = Encerrar
move-back-registered = Voltar ao registo
move-back-counselling = Voltar ao aconselhamento

## Return categories
category-assisted-voluntary-return-and-reintegration = Retorno voluntário assistido e reintegração
category-voluntary-humanitarian-return = Retorno humanitário voluntário
category-assisted-voluntary-return = Retorno voluntário assistido
category-forced-return = Retorno forçado
category-spontaneous-return = Retorno espontâneo
category-end-of-labour-contract = Retorno no fim de um contrato de trabalho
category-refugee-repatriation = Repatriamento voluntário de refugiados
relation-origin = país de origem
relation-transit = país de trânsito
relation-third-country = outro país terceiro
priority-normal = Normal
priority-high = Alta
priority-urgent = Urgente
closure-completed = Concluído
closure-withdrew = Desistência
closure-lost-contact = Contacto perdido
closure-re-migrated = Nova migração
closure-deceased = Falecimento
closure-transferred = Transferido
closure-ineligible = Não elegível

## People
sex-female = Feminino
sex-male = Masculino
sex-other = Outro
sex-unknown = Sem informação
precision-exact = Exata
precision-year-only = Só o ano
precision-estimated = Estimada
relationship-spouse = Cônjuge
relationship-child = Filho ou filha
relationship-parent = Pai ou mãe
relationship-sibling = Irmão ou irmã
relationship-other-relative = Outro familiar
relationship-household-member = Membro do agregado familiar
contact-phone = Telefone
contact-email = E-mail
contact-address = Morada
contact-messaging = Mensagens
id-document-passport = Passaporte
id-document-national-id-card = Bilhete de identidade
id-document-birth-certificate = Certidão de nascimento
id-document-consular-card = Cartão consular
id-document-residence-permit = Autorização de residência
id-document-emergency-travel-document = Documento de viagem de emergência
id-document-laissez-passer = Laissez-passer
id-document-other = Outro documento
role-administrator = Administrador(a)
role-counsellor = Conselheiro(a)
role-consular-officer = Funcionário(a) consular
role-reception-officer = Técnico(a) de acolhimento
role-reintegration-officer = Técnico(a) de reintegração
role-monitor = Técnico(a) de acompanhamento
role-me-analyst = Analista de monitorização e avaliação
role-data-protection-officer = Encarregado(a) da proteção de dados

## Counselling and consent
mode-in-person = Presencial
mode-phone = Por telefone
mode-video = Por vídeo
topic-return-process = Como funciona o retorno
topic-reintegration-assistance = Apoio à reintegração
topic-right-to-seek-asylum = O direito de pedir asilo
topic-situation-in-country-of-return = A situação no país de retorno
topic-travel-arrangements = Preparativos da viagem
topic-right-to-withdraw = O direito de mudar de ideias
topic-health-and-special-needs = Saúde e necessidades especiais
topic-data-protection = Como são usados os dados pessoais
purpose-return = Retorno
purpose-data-processing = Tratamento de dados pessoais
purpose-data-sharing-with-authorities = Partilha de dados com as autoridades do país de retorno
purpose-data-sharing-with-service-providers = Partilha de dados com prestadores de serviços
purpose-follow-up-contact = Ser contactado(a) após o retorno
method-signature = Assinatura
method-thumbprint = Impressão digital do polegar
method-witnessed-oral = Oral, perante uma testemunha
outcome-back-to-counselling = O aconselhamento continua
outcome-close-case = A pessoa sai do programa (o caso é encerrado)

## Protection
concern-non-refoulement-risk = Risco de repulsão (refoulement)
concern-pending-asylum-claim = Pedido de asilo pendente
concern-suspensive-appeal = Recurso com efeito suspensivo
concern-other = Outra preocupação
service-anti-trafficking = Apoio a vítimas de tráfico
service-child-protection = Proteção da criança
service-medical = Cuidados médicos
service-psychosocial = Apoio psicossocial
service-legal = Apoio jurídico
service-shelter = Alojamento
service-asylum = Procedimento de asilo
service-other = Outro serviço
referral-status-sent = Enviado
referral-status-accepted = Aceite
referral-status-declined = Recusado
referral-status-completed = Concluído
guardian-kind-parent = O pai ou a mãe
guardian-kind-relative = Um familiar
guardian-kind-appointed-legal-guardian = Um tutor legal nomeado
guardian-kind-child-protection-authority = Uma autoridade de proteção da criança
bia-return-in-best-interests = O retorno corresponde ao interesse superior da criança
bia-return-not-in-best-interests = O retorno não corresponde ao interesse superior da criança
document-passport = Passaporte
document-emergency-travel-document = Documento de viagem de emergência
document-laissez-passer = Laissez-passer

## Screening results
vulnerability-unaccompanied-or-separated-child = Menor não acompanhado ou separado
vulnerability-presumed-victim-of-trafficking = Presumível vítima de tráfico
vulnerability-elderly = Pessoa idosa
vulnerability-disability = Pessoa com deficiência
vulnerability-serious-medical-condition = Doença grave
vulnerability-single-woman-or-female-headed-household = Mulher sozinha ou agregado familiar chefiado por uma mulher
vulnerability-survivor-of-violence-or-torture = Sobrevivente de violência ou tortura
vulnerability-pregnant = Mulher grávida
need-escort = Escolta
need-medical-escort = Escolta médica
need-guardian = Tutor
need-interpreter = Intérprete
need-wheelchair = Cadeira de rodas
need-shelter-on-arrival = Alojamento à chegada
indicator-deceived-about-work-or-conditions = Enganado(a) sobre o trabalho ou as condições
indicator-documents-confiscated = Documentos retirados
indicator-debt-bondage = Servidão por dívidas
indicator-restricted-movement = Liberdade de movimento restringida
indicator-threats-or-violence = Ameaças ou violência
indicator-no-control-over-earnings = Sem controlo sobre os rendimentos
indicator-forced-labour = Trabalho forçado
indicator-sexual-exploitation = Exploração sexual

## Guards (why a move is blocked, and what to do)
guard-counselling-missing = Um retorno voluntário tem de ser uma decisão informada, e não há nenhuma sessão de aconselhamento registada.
guard-counselling-missing-remedy = Registe uma sessão de aconselhamento feita numa língua que a pessoa compreenda.
guard-consent-missing = Um retorno voluntário precisa do consentimento registado da pessoa para o retorno, e não há nenhum em vigor.
guard-consent-missing-remedy = Registe o consentimento da pessoa para o retorno.
guard-return-decision-missing = Um retorno forçado só pode avançar com base numa decisão de retorno executória, e não há nenhuma registada.
guard-return-decision-missing-remedy = Registe a decisão de retorno.
guard-trafficking-referral-missing = A pessoa é presumível vítima de tráfico e tem primeiro de ser encaminhada para apoio especializado.
guard-trafficking-referral-missing-remedy = Registe um encaminhamento para apoio a vítimas de tráfico.
guard-protection-concern-open = Há uma preocupação de proteção em aberto (risco de repulsão, pedido de asilo ou recurso suspensivo): ninguém pode ser afastado enquanto ela estiver em aberto.
guard-protection-concern-open-remedy = Aguarde até que seja resolvida; depois, uma pessoa autorizada encerra-a.
guard-guardian-missing = A pessoa é um menor não acompanhado ou separado e não há nenhum tutor registado.
guard-guardian-missing-remedy = Registe o tutor da criança.
guard-best-interests-assessment-missing = A pessoa é um menor não acompanhado ou separado e não há nenhuma avaliação do interesse superior da criança registada.
guard-best-interests-assessment-missing-remedy = Mande fazer uma avaliação do interesse superior da criança e registe-a.
guard-best-interests-against-return = A última avaliação do interesse superior concluiu que o retorno não corresponde ao interesse superior da criança.
guard-best-interests-against-return-remedy = A criança não deve regressar; registe uma nova avaliação só se a situação tiver mudado.
guard-travel-document-missing = Não há nenhum documento de viagem registado.
guard-travel-document-missing-remedy = Registe o passaporte, o documento de viagem de emergência ou o laissez-passer.
guard-travel-document-not-valid = Nenhum documento de viagem registado é válido hoje.
guard-travel-document-not-valid-remedy = Peça um novo documento de viagem.
guard-protection-requirement-unmet = Um requisito de proteção ainda não está cumprido.
guard-protection-requirement-unmet-remedy = Um(a) conselheiro(a) do caso pode vê-lo e agir.

## Timeline
event-case-opened = Caso aberto
event-details-updated = Dados alterados
event-stage-changed = Mudança de etapa
event-case-closed = Caso encerrado
event-case-reopened = Caso reaberto
event-counselling-recorded = Sessão de aconselhamento
event-consent-recorded = Consentimento registado
event-consent-withdrawn = Consentimento retirado
event-screening-recorded = Triagem registada
event-protection-concern-raised = Preocupação de proteção assinalada
event-protection-concern-closed = Preocupação de proteção encerrada
event-referral-recorded = Encaminhamento
event-guardian-appointed = Tutor registado
event-best-interests-assessed = Avaliação do interesse superior da criança
event-travel-document-recorded = Documento de viagem
event-return-decision-recorded = Decisão de retorno registada

## Audit actions
action-case-read-sensitive = Leitura de dados sensíveis
action-case-create = Caso aberto
action-case-update = Caso alterado
action-case-transition = Mudança de etapa
action-case-reopen = Caso reaberto
action-case-counselling-record = Aconselhamento registado
action-case-consent-record = Consentimento registado
action-case-consent-withdraw = Consentimento retirado
action-case-screening-record = Triagem registada
action-case-protection-concern-raise = Preocupação de proteção assinalada
action-case-protection-concern-close = Preocupação de proteção encerrada
action-case-referral-record = Encaminhamento registado
action-case-guardian-appoint = Tutor registado
action-case-best-interests-record = Avaliação do interesse superior registada
action-case-travel-document-record = Documento de viagem registado
action-case-return-decision-record = Decisão de retorno registada
action-person-create = Pessoa registada
action-person-update = Dados da pessoa alterados
action-user-create = Utilizador criado
action-user-disable = Utilizador desativado
action-user-set-language = Idioma escolhido
action-auth-login = Início de sessão
action-auth-login-failed = Início de sessão falhado
action-auth-logout = Fim de sessão
action-auth-logout-everywhere = Fim de sessão em todos os dispositivos
action-auth-password-changed = Palavra-passe alterada
