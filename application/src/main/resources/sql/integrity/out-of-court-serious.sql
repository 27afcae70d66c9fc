select force, unit, month, count(*) filter (where out_of_court) as events, count(*) as trials
from outcome_facts where indictable_only and month between :first and :last group by force, unit, month
