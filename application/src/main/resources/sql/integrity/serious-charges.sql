select force, unit, month, count(*) as events, count(*) as trials
from outcome_facts where charged and serious_group and month between :first and :last group by force, unit, month
