# Pessoas duplicadas: verificação antes do registo, revisão, fusões.

## Candidatos e as suas razões
dup-born = nascido(a) em { $date }
dup-registered-in = registado(a) em { $country }
dup-probability = probabilidade
dup-why = Porque é proposta esta pessoa
dup-names-swapped = Nomes próprios e apelido coincidem melhor trocados.
dup-field = Campo
dup-comparison = Comparação
dup-weight = Peso
dup-weight-hint = Os pesos são bits de evidência: positivo a favor de ser a mesma pessoa, negativo contra. Um nome comum pesa menos do que um nome raro.
dup-field-given-names = Nomes próprios
dup-field-family-name = Apelido
dup-field-sex = Sexo
dup-field-date-of-birth = Data de nascimento
dup-field-nationality = Nacionalidade
dup-field-place-of-birth = Local de nascimento
dup-field-phone = Telefone
dup-field-document-number = Número do documento
dup-level-exact = idêntico
dup-level-variant = variante ortográfica conhecida
dup-level-phonetic = soam igual
dup-level-fuzzy = ortografia quase igual
dup-level-subset = um contém o outro
dup-level-partial = em parte igual
dup-level-different = diferente
dup-level-day-month-swapped = dia e mês trocados
dup-level-one-component-differs = o dia ou o mês difere
dup-level-year-typo = erro de digitação no ano
dup-level-same-year = mesmo ano
dup-level-year-plus-minus-one = um ano de diferença
dup-level-same = igual
dup-level-variant-or-phonetic = variante ortográfica
dup-level-fuzzy-or-partial = em parte igual
dup-level-same-last-8-digits = mesmo número, outro indicativo
dup-level-one-digit-typo = um algarismo difere
dup-level-one-edit = um carácter difere
dup-level-two-edits = dois caracteres diferem
dup-level-close = próximo
dup-level-missing = não registado
dup-assessment-link = muito provavelmente a mesma pessoa
dup-assessment-review = talvez a mesma pessoa
dup-assessment-possible-relatives = talvez um familiar (mesmo apelido)
dup-assessment-distinct = pouco provável
dup-assessment-not-scored = confirmado por um revisor

## Registo
dup-register-title = Esta pessoa talvez já esteja registada
dup-register-alert = Ainda nada foi guardado. Veja as pessoas registadas que podem ser a mesma pessoa antes de continuar.
dup-register-see = Ver quais
dup-register-intro = Se uma delas for esta pessoa, abra o processo para ela: o seu historial fica num só lugar. Se nenhuma for, registe uma nova pessoa; a sua resposta fica guardada.
dup-register-use-existing = É a mesma pessoa: abrir o processo para ela
dup-register-new = Nenhuma delas: registar uma nova pessoa

## Duplicados de uma pessoa
dup-person-title = Possíveis duplicados
dup-person-link = Possíveis duplicados desta pessoa
dup-back-to-person = Voltar à pessoa
dup-is-merged = Este registo foi fundido noutro registo da mesma pessoa.
dup-see-kept = Ir para o registo em uso
dup-candidates = Propostas pela verificação de duplicados
dup-candidates-hint = Pessoas registadas que a verificação considera semelhantes, ainda sem decisão. Nada é fundido sem a sua decisão.
dup-candidates-none = Nenhuma pessoa semelhante é proposta.
dup-action-different = Pessoas diferentes
dup-action-same = Mesma pessoa
dup-action-merge = Fundir neste registo…
dup-merge-explained = Os processos do outro registo passam para este, e o outro registo aponta para aqui. A fusão fica registada e pode ser anulada.
dup-merge-reason = Porque é a mesma pessoa (documento visto, entrevista…)
dup-merge-submit = Fundir
dup-merge-into-this = Fundir neste registo
dup-decisions = Decisões
dup-decisions-none = Ainda sem decisão.
dup-verdict-same-person = mesma pessoa
dup-verdict-different-persons = pessoas diferentes
dup-merges = Fusões
dup-merges-none = Nenhuma fusão.
dup-merge-line-merged = Registo
dup-merge-line-into = fundido em
dup-merge-cases = { $count ->
    [one] um processo movido
   *[other] { $formatted } processos movidos
}
dup-merge-reverted = Anulada em { $date }: { $reason }
dup-revert = Anular esta fusão…
dup-revert-explained = Os processos movidos por esta fusão voltam ao registo fundido, e os dois registos ficam guardados como pessoas diferentes.
dup-revert-reason = Porque a fusão foi um erro
dup-revert-submit = Anular a fusão
dup-done-same-person = Registado: mesma pessoa. Pode agora fundir os registos.
dup-done-different-persons = Registado: pessoas diferentes. Não voltarão a ser propostas.
dup-done-merged = Os registos foram fundidos.
dup-done-reverted = A fusão foi anulada.
dup-refused-same-record = Um registo não pode ser fundido consigo próprio.
dup-refused-already-merged = Um dos registos já foi fundido noutro.
dup-refused-different-organisations = Os registos pertencem a organizações diferentes e não podem ser fundidos.
dup-refused-decided-different-persons = Um revisor decidiu que são pessoas diferentes. Registe primeiro «mesma pessoa» se a situação mudou.
dup-refused-case-outside-scope = Um dos registos está num processo fora da sua organização ou dos seus países; peça a um colega que o acompanhe.
dup-refused-merge-already-reverted = Esta fusão já foi anulada.

## Fila de revisão
dup-home-link = Possíveis pessoas duplicadas a rever
dup-queue-title = Pessoas duplicadas a rever
dup-queue-intro = Uma pessoa registada duas vezes fica com o historial dividido; duas pessoas fundidas por engano é pior. Decida cada par na página da pessoa.
dup-queue-confirmed = Confirmadas como a mesma pessoa, ainda não fundidas
dup-queue-confirmed-none = Nenhuma.
dup-queue-proposed = Prováveis duplicados entre os registos recentes
dup-queue-proposed-hint = Pares que a verificação considera muito provavelmente a mesma pessoa ou possíveis familiares, ainda sem decisão.
dup-queue-proposed-none = Nenhum provável duplicado entre os registos recentes.

## Histórico do processo e registo de auditoria
event-person-replaced = Registo da pessoa corrigido após uma fusão
case-error-person-not-on-case = Esta pessoa não consta do processo.
case-error-person-already-on-case = Esta pessoa já consta do processo.
action-person-duplicates-rejected = Possíveis duplicados afastados no registo
action-person-duplicate-decide = Decisão sobre um duplicado
action-person-merge = Registos de pessoa fundidos
action-person-merge-revert = Fusão anulada
