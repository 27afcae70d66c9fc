select force, unit, month, count(*) filter (where no_crime) as events, count(*) as trials
from decision_facts where month between :first and :last group by force, unit, month
