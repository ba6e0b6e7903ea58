# Reintegração: avaliação das necessidades, planos e tranches, programas, diretório e encaminhamentos,
# oportunidades, acompanhamento e pontuações de sustentabilidade.

nav-plans = Planos por aprovar
nav-programmes = Programas
nav-directory = Diretório
nav-referrals = Encaminhamentos recebidos
role-service-provider = Prestador de serviços
field-country = País

## Closed lists
need-level-none = Sem necessidade
need-level-low = Baixa
need-level-medium = Média
need-level-high = Alta
item-type-business-start-up = Criação de negócio
item-type-vocational-training = Formação profissional
item-type-education = Educação
item-type-housing = Habitação
item-type-medical-care = Cuidados médicos
item-type-psychosocial-support = Apoio psicossocial
item-type-legal-aid = Apoio jurídico
item-type-family-tracing = Localização de familiares
item-type-job-placement = Inserção profissional
item-type-community-project = Projeto comunitário
item-type-other = Outro
modality-cash = Em dinheiro
modality-in-kind = Em espécie
plan-kind-individual = Individual
plan-kind-collective = Coletivo
plan-kind-community = Comunitário
plan-status-draft = Rascunho
plan-status-submitted = A aguardar aprovação
plan-status-approved = Aprovado
plan-status-completed = Concluído
service-type-business-support = Apoio empresarial
service-type-vocational-training = Formação profissional
service-type-education = Educação
service-type-housing = Habitação
service-type-medical = Cuidados médicos
service-type-psychosocial = Apoio psicossocial
service-type-legal = Apoio jurídico
service-type-family-tracing = Localização de familiares
service-type-job-placement = Inserção profissional
service-type-micro-credit = Microcrédito
service-type-shelter = Alojamento
service-type-child-protection = Proteção da criança
service-type-anti-trafficking = Apoio a vítimas de tráfico
follow-up-status-due = Por realizar
follow-up-status-done = Realizado
follow-up-status-cancelled = Cancelado
opportunity-kind-job = Emprego
opportunity-kind-training = Vaga de formação
opportunity-kind-credit = Linha de crédito
opportunity-kind-value-chain = Cadeia de valor
survey-method-home-visit = Visita ao domicílio
survey-method-office-visit = Visita ao escritório
survey-method-phone = Chamada telefónica
survey-answer-dont-know = Não sabe
survey-answer-refused = Recusou responder
org-kind-government = Governo
org-kind-international-organisation = Organização internacional
org-kind-ngo = ONG
org-kind-consulate = Consulado
org-kind-private-sector = Setor privado
org-kind-micro-finance = Microfinança
org-kind-training-centre = Centro de formação

## Case page section
reint-section = Reintegração
reint-after-arrival = A reintegração começa quando o retornado tiver chegado.
reint-needs = Avaliação das necessidades
reint-needs-add = Registar uma avaliação das necessidades
reint-economic = Económica
reint-social = Social
reint-psychosocial = Psicossocial
reint-composite = Composta
reint-need-level = Nível de necessidade
reint-skills = Competências
reint-skills-hint = separadas por vírgulas
reint-education = Escolaridade
reint-family-situation = Situação familiar
reint-priorities = Prioridades
reint-plans = Planos de reintegração
reint-plan-add = Redigir um plano de reintegração
reint-no-programme = Nenhum programa ativo da sua organização abrange este caso.
reint-programme = Programa
reint-plan-kind = Tipo de plano
reint-other-cases = Outros retornados de um plano coletivo
reint-other-cases-hint = os números dos seus casos, separados por vírgulas
reint-plan-title = Plano
reint-items = Rubricas
reint-items-hint = deixe uma linha vazia se não for necessária
reint-item-type = Rubrica
reint-budget = Orçamento
reint-modality = Em dinheiro ou em espécie
reint-opportunity = Oportunidade associada
reint-milestones = Marcos
reint-milestones-hint = cada tranche é paga contra um marco; em conjunto, cobrem o orçamento
reint-milestone = Marco
reint-due-on = Previsto para
reint-amount = Montante
reint-plan-save = Guardar o rascunho
reint-plan-change = Alterar o plano
reint-plan-save-changes = Guardar as alterações
reint-referrals = Encaminhamentos para prestadores de serviços
reint-no-provider = Nenhum prestador do diretório atua ainda neste país.
reint-refer = Encaminhar para um prestador de serviços
reint-provider = Prestador
reint-service = Serviço
reint-referral-reason = Motivo do encaminhamento
reint-referral-reason-hint = o prestador vê isto, o nome do retornado, as suas línguas, o telefone e o local de retorno — nada mais
reint-refer-send = Enviar o encaminhamento
reint-follow-ups = Acompanhamentos
reint-month = { $count ->
    [one] { $formatted } mês
   *[other] { $formatted } meses
}
reint-overdue = Em atraso
reint-not-scored = sem pontuação
reint-unweighted = não ponderado
reint-re-migrations = Nova migração
reint-re-migration-add = Registar uma nova migração
reint-re-migration-hint = O retornado foi registado de novo no estrangeiro. O acompanhamento termina e o caso é encerrado como «nova migração».
reint-re-migration-country = País onde foi registado de novo
reint-learned-on = Data em que se soube
reint-source = Fonte (quem informou)
reint-re-migration-save = Registar e terminar o acompanhamento

## Ceilings
reint-over-ceiling = O plano ultrapassa os limites máximos do programa:
reint-breach-per-person = { $planned } no total ultrapassa os { $allowed } permitidos para os seus beneficiários.
reint-breach-item-type = { $planned } para { $item } ultrapassa os { $allowed } permitidos.
reint-breach-cash = { $planned } em dinheiro ultrapassa a parte em dinheiro do programa, que é de { $allowed }.

## Plan page
reint-plan-title-page = Plano de reintegração
reint-beneficiaries = Beneficiários
reint-total = Orçamento total
reint-paid = Pago
reint-reached-on = Atingido em
reint-not-reached = ainda não atingido
reint-left = por pagar
reint-reach = Assinalar como atingido
reint-pay = Pagar uma tranche
reint-paid-on = Paga em
reint-proof = Comprovativo de pagamento
reint-proof-hint = recibo ou fotografia: JPEG, PNG ou PDF, no máximo 5 MB cada
reint-pay-save = Registar o pagamento
reint-tranches = Tranches pagas
reint-approval = Aprovação
reint-drafted = Redigido
reint-submitted = Submetido
reint-approved = Aprovado
reint-returned = Devolvido para alterações
reint-submit = Submeter para aprovação
reint-four-eyes = Redigiu ou alterou este plano: é outro técnico que o aprova.
reint-approve = Aprovar o plano
reint-return = Devolver para alterações
reint-return-note = O que tem de mudar
reint-return-send = Devolver o plano
reint-plans-title = Planos por aprovar
reint-plans-waiting = A aguardar aprovação
reint-plans-none = Nenhum plano aguarda aprovação.
reint-plans-mine = trabalhou neste plano

## Programmes
reint-programmes-title = Programas
reint-programmes-none = Ainda não há nenhum programa.
reint-programme-change = Alterar
reint-programme-new = Definir um programa
reint-programme-code-hint = maiúsculas, algarismos e hífenes; nunca muda
reint-programme-countries-hint = códigos ISO dos países de retorno, separados por espaços (SEN GIN)
reint-programme-categories = Categorias de retorno elegíveis
reint-programme-categories-hint = nenhuma assinalada: todas as categorias
reint-programme-currencies = Moedas, tetos por pessoa e orçamentos
reint-programme-currencies-hint = uma linha por moeda em que o programa paga; o orçamento pode ficar vazio
reint-ceiling-per-person = Teto por pessoa
reint-programme-item-ceilings = Tetos por tipo de rubrica
reint-programme-item-ceilings-hint = opcional; numa das moedas acima
reint-programme-months-hint = meses após a chegada, separados por espaços; 3 6 12 se vazio
reint-programme-active = Aceita novos planos (um programa encerrado mantém os seus planos e pagamentos)
reint-programme-cancel = Definir antes um novo programa
reint-closed = encerrado
reint-countries = Países
reint-ceilings = Limites máximos
reint-per-person = por pessoa
reint-cash-share = Parte máxima em dinheiro
reint-scheme = Esquema de pontuação
reint-budget-consumed = Orçamento consumido
reint-committed = Comprometido
reint-remaining = Restante
reint-awaiting = A aguardar aprovação

## Directory and opportunities
reint-directory-title = Diretório de serviços
reint-pcode = P-code da zona
reint-providers-found = { $count ->
    [one] { $formatted } prestador
   *[other] { $formatted } prestadores
}
reint-providers-none = Nenhum prestador corresponde.
reint-per-month = { $count ->
    [one] { $formatted } pessoa por mês
   *[other] { $formatted } pessoas por mês
}
reint-opportunities-title = Oportunidades
reint-opportunities-search = Pesquisar empregos, vagas de formação, crédito e cadeias de valor
reint-opportunity-kind = Tipo
reint-sector = Setor
reint-opportunities-found = { $count ->
    [one] { $formatted } oportunidade
   *[other] { $formatted } oportunidades
}
reint-opportunities-none = Nenhuma oportunidade aberta corresponde.
reint-places = { $count ->
    [one] { $formatted } vaga
   *[other] { $formatted } vagas
}
reint-closes-on = encerra em

## Referrals
reint-inbox-title = Encaminhamentos recebidos
reint-inbox-none = Ainda não há nenhum encaminhamento.
reint-referrals-found = { $count ->
    [one] { $formatted } encaminhamento
   *[other] { $formatted } encaminhamentos
}
reint-referral-title = Encaminhamento
reint-returnee = Retornado
reint-sent-on = Enviado em
reint-phone = Telefone
reint-place = Local de retorno
reint-exchange = Respostas e mensagens
reint-referrer = a organização que encaminhou
reint-accepted = Aceite
reint-declined = Recusado
reint-completed = Concluído
reint-message = Mensagem
reint-answer = Responder ao encaminhamento
reint-write = Escrever ao prestador
reint-feedback = Comentário ou mensagem
reint-feedback-hint = obrigatório para recusar, concluir ou enviar uma mensagem
reint-accept = Aceitar
reint-decline = Recusar
reint-complete = Assinalar como concluído
reint-send-message = Enviar como mensagem

## Survey
reint-survey-title = Inquérito de acompanhamento
reint-scheme-version = { $name }, versão { $version }
survey-default-name = Esquema de sustentabilidade padrão do Bayiri (não ponderado)
reint-unweighted-hint = Cada indicador e cada dimensão contam o mesmo até a sua organização carregar as suas ponderações oficiais.
reint-scores = Pontuações de sustentabilidade
reint-missing-answers = Não contadas (não sabe, recusou ou sem resposta)
reint-questions = Perguntas
reint-conducted-on = Realizado em
reint-survey-method = Como
reint-survey-hint = «Não sabe» e «Recusou responder» ficam fora da pontuação e nunca contam como zero.
reint-number-between = Um número entre
reint-survey-save = Registar o inquérito e calcular a pontuação
reint-home-follow-ups = Acompanhamentos em atraso
reint-home-follow-ups-none = Nenhum acompanhamento está em atraso.
reint-days-late = { $count ->
    [one] { $formatted } dia de atraso
   *[other] { $formatted } dias de atraso
}

## Questions of the default scheme
survey-income-satisfaction = Está satisfeito(a) com o que ganha agora?
survey-income-satisfaction-very-satisfied = Muito satisfeito(a)
survey-income-satisfaction-satisfied = Satisfeito(a)
survey-income-satisfaction-neutral = Nem satisfeito(a) nem insatisfeito(a)
survey-income-satisfaction-dissatisfied = Insatisfeito(a)
survey-income-satisfaction-very-dissatisfied = Muito insatisfeito(a)
survey-work-status = Tem trabalho ou uma atividade que lhe dê dinheiro?
survey-work-status-regular = Trabalho fixo ou negócio próprio
survey-work-status-occasional = Trabalho de vez em quando
survey-work-status-none = Nenhum
survey-food-reduced = No último mês, quantas vezes tiveram de comer menos refeições em sua casa?
survey-food-reduced-never = Nunca
survey-food-reduced-sometimes = Às vezes
survey-food-reduced-often = Muitas vezes
survey-debt-burden = Quanto deve, comparado com o que gasta num mês?
survey-debt-burden-none = Sem dívidas
survey-debt-burden-less = Menos do que gasto num mês
survey-debt-burden-more = Mais do que gasto num mês
survey-debt-burden-cannot-repay = Mais do que consigo pagar
survey-productive-assets = Tem, seu ou alugado, o que é preciso para trabalhar (terra, ferramentas, uma loja, animais)?
survey-productive-assets-yes = Sim
survey-productive-assets-no = Não
survey-housing = Como é a casa onde vive?
survey-housing-good = Adequada e segura
survey-housing-poor = Em mau estado ou com gente a mais
survey-housing-none = Sem casa estável
survey-health-access = Consegue ter cuidados de saúde quando precisa?
survey-health-access-good = Sim, sem problemas
survey-health-access-limited = Com dificuldade
survey-health-access-none = Não
survey-school-access = As crianças da sua casa que têm idade para ir à escola vão à escola?
survey-school-access-all = Todas
survey-school-access-some = Algumas
survey-school-access-none = Nenhuma
survey-school-access-no-children = Não há crianças em idade escolar
survey-documents = Tem os documentos de identidade de que precisa (bilhete de identidade, certidão de nascimento)?
survey-documents-yes = Sim
survey-documents-no = Não
survey-safe-water = Em sua casa há água potável, boa para beber?
survey-safe-water-good = Sim, sem problemas
survey-safe-water-limited = Com dificuldade
survey-safe-water-none = Não
survey-community-participation = Com que frequência participa em atividades da comunidade (reuniões, festas, associações)?
survey-community-participation-often = Muitas vezes
survey-community-participation-sometimes = Às vezes
survey-community-participation-never = Nunca
survey-support-network = Tem pessoas com quem pode contar se precisar de ajuda?
survey-support-network-yes = Sim
survey-support-network-no = Não
survey-discrimination = Desde que regressou, sentiu que o tratam de forma injusta ou o põem de parte?
survey-discrimination-never = Nunca
survey-discrimination-sometimes = Às vezes
survey-discrimination-often = Muitas vezes
survey-distress = Nas últimas duas semanas, quantas vezes se sentiu triste, ansioso(a) ou zangado(a)?
survey-distress-never = Nunca
survey-distress-sometimes = Às vezes
survey-distress-often = Muitas vezes
survey-wish-to-migrate = Sente que tem de partir outra vez para encontrar uma vida melhor?
survey-wish-to-migrate-no = Não
survey-wish-to-migrate-undecided = Ainda não decidi
survey-wish-to-migrate-yes = Sim

## Done
done-needs = A avaliação das necessidades está registada.
done-plan = O plano foi guardado como rascunho. Submeta-o para aprovação quando estiver pronto.
done-service-referral = O encaminhamento foi enviado ao prestador.
done-re-migration = A nova migração está registada; o acompanhamento terminou.
done-plan-submitted = O plano foi submetido para aprovação.
done-plan-approved = O plano está aprovado.
done-plan-returned = O plano foi devolvido a quem o redigiu.
done-milestone = O marco foi assinalado como atingido.
done-tranche = A tranche foi paga e o comprovativo ficou guardado.
done-survey = O inquérito está registado e pontuado.
done-referral-accept = Aceitou o encaminhamento.
done-referral-decline = Recusou o encaminhamento.
done-referral-complete = O encaminhamento está concluído.
done-referral-message = A sua mensagem foi enviada.

## Refusals and invalid values
refusal-over-ceiling = O plano ultrapassa os limites máximos do programa.
refusal-four-eyes = Quem redigiu ou alterou um plano não o aprova: tem de ser outro técnico.
refusal-plan-not-draft = Só um plano em rascunho pode ser alterado.
refusal-plan-not-submitted = Só um plano a aguardar aprovação pode ser aprovado ou devolvido.
refusal-plan-not-approved = As tranches só são pagas em planos aprovados.
refusal-milestones-do-not-cover-budget = A soma dos marcos tem de ser igual ao orçamento do plano.
refusal-budget-exhausted = O orçamento restante do programa não cobre este plano.
refusal-budget-below-committed = O orçamento não pode descer abaixo do que os planos aprovados já comprometem.
refusal-unknown-milestone = Este plano não tem esse marco.
refusal-milestone-not-reached = O marco ainda não foi atingido: assinale-o primeiro como atingido.
refusal-milestone-already-reached = Este marco já foi atingido.
refusal-over-milestone = O montante ultrapassa o que falta pagar para este marco.
refusal-proof-missing = Um pagamento precisa do seu comprovativo: anexe um recibo ou uma fotografia.
refusal-currency-not-allowed = O programa não paga nesta moeda.
refusal-not-arrived = A reintegração começa quando o retornado tiver chegado.
refusal-case-closed = O caso está encerrado.
refusal-programme-closed = O programa já não aceita novos planos.
refusal-country-not-covered = O programa não abrange este país de retorno.
refusal-category-not-eligible = O programa não abrange esta categoria de retorno.
refusal-programme-code-fixed = O código de um programa não muda.
refusal-follow-up-not-due = Este acompanhamento já não está previsto.
refusal-referral-move-not-allowed = O encaminhamento não pode passar para este estado agora.
refusal-scheme-version-not-newer = Um esquema de pontuação é carregado como uma versão mais recente do que a que está em uso.
invalid-collective-plan = Um plano coletivo indica os casos dos outros retornados.
invalid-individual-plan = Um plano individual tem um único beneficiário.
invalid-currency-not-allowed = O programa não paga nesta moeda.
invalid-duplicate-currency = Esta moeda aparece duas vezes.
invalid-duplicate-item-type = Este tipo de rubrica aparece duas vezes.
invalid-invalid-answer = Não é uma das respostas possíveis.
invalid-invalid-follow-up-months = Meses entre 1 e 60, por ordem crescente.
invalid-invalid-json = Isto não é um documento de esquema válido.
invalid-invalid-percent = Uma percentagem entre 0 e 100.
invalid-invalid-programme-code = Maiúsculas, algarismos e hífenes (p. ex. MLI-REINT-2026).
invalid-no-answers = Responda a pelo menos uma pergunta.
invalid-not-arrived = Este retornado ainda não chegou.
invalid-not-this-case = Escolha um caso diferente deste.
invalid-provider-inactive = Este prestador já não aceita encaminhamentos.
invalid-same-as-return-country = Este é o país de retorno.
invalid-service-not-offered = Este prestador não oferece este serviço.
invalid-too-many = Demasiadas entradas.
invalid-unknown = Escolha uma opção da lista.
invalid-unknown-action = Não é uma ação possível sobre um encaminhamento.
invalid-unknown-question = Não é uma pergunta deste inquérito.
invalid-unknown-scheme = Carregue primeiro este esquema de pontuação.

## Maintaining the directory
reint-provider-add = Adicionar ao diretório
reint-provider-add-hint = Uma organização, os serviços que oferece, onde e como contactá-la
reint-provider-change = Alterar
reint-provider-change-hint = Os seus serviços, as zonas abrangidas, a capacidade e como o contactar
reint-areas-covered = Zonas abrangidas
reint-areas-hint = uma linha por país ou região; o P-code permite encontrar a zona pelo local
reint-services-offered = Serviços oferecidos
reint-area-country = País abrangido
reint-area-name = Zona (região, cidade)
reint-capacity = Pessoas que pode receber por mês
reint-contact-person = Pessoa de contacto
reint-email = Correio eletrónico
reint-opportunity-add = Publicar uma oportunidade
reint-opportunity-change = Alterar a oportunidade
reint-opportunity-add-hint = Um emprego, uma vaga de formação, um crédito ou uma cadeia de valor
reint-offered-by = Oferecida por
reint-places-count = Vagas
reint-closes-on-field = Data de encerramento
done-provider = A organização está no diretório.
done-opportunity = A oportunidade está publicada.

invalid-programme-code-taken = Outro programa já tem este código.
