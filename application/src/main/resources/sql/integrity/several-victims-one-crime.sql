select force, unit, month, count(*) filter (where crimes < victims) as events, count(*) as trials
from decision_facts where victims >= 2 and month between :first and :last group by force, unit, month
