select force, unit, month, count(*) filter (where victim_does_not_support) as events, count(*) as trials
from outcome_facts where domestic_abuse and month between :first and :last group by force, unit, month
