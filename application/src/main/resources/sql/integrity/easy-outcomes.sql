select force, unit, month, count(*) filter (where easy) as events, count(*) as trials
from outcome_facts where month between :first and :last group by force, unit, month
