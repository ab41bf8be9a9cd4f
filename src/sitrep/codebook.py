"""Codebook prior for the snippet classifier: one short description per CASE 2021 / ACLED label.

Needs: nothing. Adds: :data:`DESCRIPTIONS`, paraphrases of the ACLED codebook's definitions (and of
the CASE 2021 notes for the five non-ACLED classes), added to every training set as extra snippets so
that words a small corpus lacks for a class still point at it. Written from the codebook, not from any
gold file.
"""

from __future__ import annotations

__all__ = ["DESCRIPTIONS"]

DESCRIPTIONS: dict[str, str] = {
    "ARMED_CLASH": "Armed clash: armed groups, soldiers and rebels fought; gunfight, firefight, "
    "exchange of fire, "
    "clashes between troops and militants, battle, ambush of soldiers, fighting erupted.",
    "GOV_REGAINS_TERIT": "Government forces regain territory: the army recaptured, retook, "
    "liberated the town "
    "from rebels; troops regained control of the area, cleared militants, recapture.",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory: rebels, militants, "
    "insurgents seized, "
    "captured, overran, took control of the town, fell to the militants, stormed the base.",
    "CHEM_WEAP": "Chemical weapon attack: chlorine, sarin, mustard gas, nerve agent, toxic gas, "
    "poison gas used "
    "on people, suffocation, chemical attack.",
    "AIR_STRIKE": "Air or drone strike: airstrike by warplanes, jets, helicopters, drone, aircraft bombed, "
    "air raid, aerial bombardment.",
    "SUIC_BOMB": "Suicide bomb: a suicide bomber blew himself up, detonated a suicide vest, explosive belt, "
    "suicide car bomb attack.",
    "ART_MISS_ATTACK": "Shelling, artillery or missile attack: shells, mortar, rockets, missiles fired, "
    "artillery shelling, bombardment, rocket attack.",
    "REM_EXPLOS": "Remote explosive, landmine or IED: roadside bomb, improvised explosive device, landmine, "
    "car bomb, bomb exploded, explosion, blast, mine.",
    "GRENADE": "Grenade: a grenade was thrown, hurled, lobbed, hand grenade attack, grenade explosion.",
    "SEX_VIOL": "Sexual violence: rape, raped, gang-raped, sexual assault, sexually abused, "
    "molested woman or girl.",
    "ATTACK": "Attack on civilians: gunmen killed civilians, villagers shot dead, stabbed, beaten, hacked, "
    "unarmed people attacked, murdered, massacre.",
    "ABDUCT_DISSAP": "Abduction or forced disappearance: kidnapped, abducted, taken hostage, went missing, "
    "disappeared, held captive, kidnappers.",
    "PEACE_PROTEST": "Peaceful protest: demonstrators marched, rally, sit-in, strike, protesters gathered "
    "peacefully, shouted slogans, held placards, demonstration, march.",
    "PROTEST_WITH_INTER": "Protest with intervention: police dispersed the protest, detained, arrested "
    "protesters, tear gas, stopped the march, removed demonstrators.",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters: police opened fire on peaceful protesters, "
    "live ammunition, protesters killed, beaten by security forces, injured demonstrators.",
    "VIOL_DEMONSTR": "Violent demonstration, riot: rioters threw stones, pelted, burned tyres, torched "
    "vehicles, vandalised, clashed with police, petrol bombs, violent protest.",
    "MOB_VIOL": "Mob violence: a mob lynched, attacked, beat a man to death, villagers set upon, communal "
    "violence, mob burned houses.",
    "AGREEMENT": "Agreement: signed a peace deal, ceasefire agreement, accord, truce, prisoner exchange, "
    "negotiated settlement, agreed.",
    "ARREST": "Arrests: police arrested, detained, apprehended, took into custody, held suspects, raid "
    "and arrest of leader.",
    "CHANGE_TO_GROUP_ACT": "Change to group or activity: group renamed, merged, split, leader appointed, "
    "new recruits, curfew imposed, ban, troops deployed, movement of forces.",
    "DISR_WEAP": "Disrupted weapons use: bomb defused, explosives seized, weapons cache found, arms "
    "recovered, IED detected and destroyed, foiled attack, missile intercepted.",
    "HQ_ESTABLISHED": "Headquarters or base established: set up a base, established headquarters, opened "
    "a camp, new outpost.",
    "PROPERTY_DISTRUCT": "Looting or property destruction: looted, burned houses, destroyed property, "
    "vandalised shops, set fire to buildings, demolished, ransacked.",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory: forces withdrew, handed over control, "
    "pulled out, retreated, took over the area without fighting.",
    "OTHER": "Other strategic development: an event of political importance not covered elsewhere.",
    "ORG_CRIME": "Organised crime: drug cartel, smuggling, trafficking, gang, robbery, criminals, narcotics "
    "seized, murder by criminals, mafia, extortion.",
    "NATURAL_DISASTER": "Natural disaster: earthquake, flood, cyclone, storm, drought, landslide, wildfire, "
    "epidemic, disease outbreak, virus cases, heavy rain.",
    "MAN_MADE_DISASTER": "Man-made disaster: accident, fire broke out, factory blast, train collision, "
    "building collapse, gas leak, crash, explosion at plant.",
    "DIPLO": "Diplomacy: ministers met, talks, summit, visit, ambassador, bilateral relations, "
    "foreign minister, "
    "sanctions, diplomatic statement.",
    "ATTRIB": "Claim of responsibility: the group claimed responsibility for the attack, "
    "said it carried out, "
    "claimed the bombing, responsibility was claimed.",
}
