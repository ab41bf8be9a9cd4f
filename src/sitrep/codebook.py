"""Codebook prior for the snippet classifier: short descriptions of each CASE 2021 / ACLED label.

Needs: nothing. Adds: :data:`DESCRIPTIONS`, two paraphrases per label of the ACLED codebook's
definitions (and of the CASE 2021 notes for the five non-ACLED classes): the first a list of the
label's typical words, the second a few typical sentences naming who acts on whom, which is what the
codebook's distinctions turn on (state vs non-state gains of territory; protesters who stay peaceful,
are dispersed, are met with lethal force, or turn violent themselves). They are added to every
training set as extra snippets so that words a small corpus lacks for a class still point at it.
Written from the codebook, not from any gold file.
"""

from __future__ import annotations

__all__ = ["DESCRIPTIONS"]

DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "ARMED_CLASH": (
        "Armed clash: armed groups, soldiers and rebels fought; gunfight, firefight, exchange of fire, "
        "clashes between troops and militants, battle, ambush of soldiers, fighting erupted.",
        "Two organised armed groups fought each other: government troops and insurgents exchanged "
        "gunfire, militants attacked an army checkpoint and soldiers returned fire, rival militias "
        "clashed, several fighters and soldiers were killed in the fighting, heavy clashes continued.",
    ),
    "GOV_REGAINS_TERIT": (
        "Government forces regain territory: the army recaptured, retook, liberated the town from rebels;"
        " troops regained control of the area, cleared militants, recapture.",
        "State forces took back an area held by rebels or jihadists: the army said it had liberated the "
        "district, soldiers regained control of the village after driving out insurgents, government "
        "troops recaptured the city and raised the flag.",
    ),
    "NON_STATE_ACTOR_OVERTAKES_TER": (
        "Non-state actor overtakes territory: rebels, militants, insurgents seized, captured, overran, "
        "took control of the town, fell to the militants, stormed the base.",
        "An armed group that is not the government gained control of territory: insurgents captured the "
        "district headquarters, militia fighters took over the town after government forces fled, "
        "jihadists overran an army base and now control the area, the village fell to rebels.",
    ),
    "CHEM_WEAP": (
        "Chemical weapon attack: chlorine, sarin, mustard gas, nerve agent, toxic gas, poison gas used on"
        " people, suffocation, chemical attack.",
        "Chemical weapons were used: residents choked after a gas attack, victims showed symptoms of "
        "exposure to chlorine or a nerve agent, munitions carrying poisonous gas hit the area, inspectors"
        " confirmed sarin use.",
    ),
    "AIR_STRIKE": (
        "Air or drone strike: airstrike by warplanes, jets, helicopters, drone, aircraft bombed, air "
        "raid, aerial bombardment.",
        "Aircraft or drones struck from the air: fighter jets carried out raids, a drone fired a missile "
        "at a vehicle, the air force bombed positions, helicopter gunships hit the village, coalition "
        "aircraft struck targets.",
    ),
    "SUIC_BOMB": (
        "Suicide bomb: a suicide bomber blew himself up, detonated a suicide vest, explosive belt, "
        "suicide car bomb attack.",
        "A suicide attack: an attacker wearing an explosive vest detonated it among a crowd, a suicide "
        "bomber drove a vehicle packed with explosives into a checkpoint and blew it up, killing himself.",
    ),
    "ART_MISS_ATTACK": (
        "Shelling, artillery or missile attack: shells, mortar, rockets, missiles fired, artillery "
        "shelling, bombardment, rocket attack.",
        "Long-range weapons fired from a distance: artillery shelled the town, mortar rounds landed in "
        "the neighbourhood, rockets were launched at the city, ballistic missiles struck, heavy "
        "bombardment by howitzers and rocket launchers.",
    ),
    "REM_EXPLOS": (
        "Remote explosive, landmine or IED: roadside bomb, improvised explosive device, landmine, car "
        "bomb, bomb exploded, explosion, blast, mine.",
        "An explosive device was set off without the attacker present: a bomb planted in a market went "
        "off, a roadside device hit a patrol, a vehicle drove over a landmine, a car bomb exploded, a "
        "parcel bomb, an explosion ripped through the bus.",
    ),
    "GRENADE": (
        "Grenade: a grenade was thrown, hurled, lobbed, hand grenade attack, grenade explosion.",
        "A hand grenade was used: an attacker hurled a grenade at a police post, a grenade thrown into a "
        "house exploded, unidentified men lobbed grenades, injured by a grenade blast.",
    ),
    "SEX_VIOL": (
        "Sexual violence: rape, raped, gang-raped, sexual assault, sexually abused, molested woman or "
        "girl.",
        "Sexual violence against a person: a woman was raped by armed men, soldiers were accused of gang "
        "rape, a girl was sexually assaulted, survivors of sexual abuse by fighters.",
    ),
    "ATTACK": (
        "Attack on civilians: gunmen killed civilians, villagers shot dead, stabbed, beaten, hacked, "
        "unarmed people attacked, murdered, massacre.",
        "Violence against unarmed civilians by an armed group: gunmen opened fire on villagers, attackers"
        " killed a family in their home, a farmer was shot dead, militants beheaded a man, civilians were"
        " tortured and killed, a journalist was assassinated.",
    ),
    "ABDUCT_DISSAP": (
        "Abduction or forced disappearance: kidnapped, abducted, taken hostage, went missing, "
        "disappeared, held captive, kidnappers.",
        "People were taken away against their will: armed men abducted students, gunmen seized and "
        "kidnapped travellers for ransom, an activist was forcibly disappeared, hostages were taken, the "
        "whereabouts of the victims are unknown.",
    ),
    "PEACE_PROTEST": (
        "Peaceful protest: demonstrators marched, rally, sit-in, strike, protesters gathered peacefully, "
        "shouted slogans, held placards, demonstration, march.",
        "A non-violent demonstration with no intervention: residents held a protest march, workers went "
        "on strike and rallied, people staged a sit-in, a candlelight vigil, crowds chanted slogans and "
        "carried banners demanding, protesters blocked a road peacefully.",
    ),
    "PROTEST_WITH_INTER": (
        "Protest with intervention: police dispersed the protest, detained, arrested protesters, tear "
        "gas, stopped the march, removed demonstrators.",
        "Peaceful protesters were stopped by the authorities without serious harm: police used tear gas "
        "and water cannon to disperse the crowd, officers arrested dozens of demonstrators, the march was"
        " broken up, protesters were detained, police blocked the rally.",
    ),
    "FORCE_AGAINST_PROTEST": (
        "Excessive force against protesters: police opened fire on peaceful protesters, live ammunition, "
        "protesters killed, beaten by security forces, injured demonstrators.",
        "Authorities used lethal or severe force on unarmed protesters: security forces fired live "
        "bullets at demonstrators, protesters were shot dead, troops killed people at a rally, police "
        "beat peaceful marchers leaving many seriously injured.",
    ),
    "VIOL_DEMONSTR": (
        "Violent demonstration, riot: rioters threw stones, pelted, burned tyres, torched vehicles, "
        "vandalised, clashed with police, petrol bombs, violent protest.",
        "Demonstrators themselves became violent or destructive: protesters threw stones at police, "
        "rioters set cars and buildings on fire, a crowd attacked a police station, demonstrators blocked"
        " roads with burning tyres, smashed windows and clashed with security forces.",
    ),
    "MOB_VIOL": (
        "Mob violence: a mob lynched, attacked, beat a man to death, villagers set upon, communal "
        "violence, mob burned houses.",
        "A violent crowd with no organised protest: an angry mob lynched a suspected thief, villagers "
        "beat a man to death, vigilantes attacked members of another community, a crowd stoned and burned"
        " a suspect, communal rioting between groups.",
    ),
    "AGREEMENT": (
        "Agreement: signed a peace deal, ceasefire agreement, accord, truce, prisoner exchange, "
        "negotiated settlement, agreed.",
        "Parties reached an agreement: the government and rebels signed a peace accord, warring sides "
        "agreed to a ceasefire, the two sides swapped prisoners, leaders agreed to a truce, a deal was "
        "signed to end the conflict.",
    ),
    "ARREST": (
        "Arrests: police arrested, detained, apprehended, took into custody, held suspects, raid and "
        "arrest of leader.",
        "Authorities arrested people: security forces detained a militant commander, police took suspects"
        " into custody, an opposition leader was arrested, officers apprehended gang members in a raid, "
        "the suspect was held.",
    ),
    "CHANGE_TO_GROUP_ACT": (
        "Change to group or activity: group renamed, merged, split, leader appointed, new recruits, "
        "curfew imposed, ban, troops deployed, movement of forces.",
        "A change in a group or its activities: an armed group announced a new leader, fighters joined "
        "another faction, the government banned an organisation, troops were deployed to the border, a "
        "curfew and state of emergency were declared, militants recruited.",
    ),
    "DISR_WEAP": (
        "Disrupted weapons use: bomb defused, explosives seized, weapons cache found, arms recovered, IED"
        " detected and destroyed, foiled attack, missile intercepted.",
        "Weapons were stopped before use: security forces defused a bomb, police seized a cache of "
        "weapons and ammunition, soldiers found and destroyed explosives, an attack was thwarted, air "
        "defences shot down a drone, bomb disposal experts neutralised a device.",
    ),
    "HQ_ESTABLISHED": (
        "Headquarters or base established: set up a base, established headquarters, opened a camp, new "
        "outpost.",
        "An armed or political group set up a base: rebels established a headquarters in the town, "
        "militants opened a new camp, a group set up an office, a military outpost was established.",
    ),
    "PROPERTY_DISTRUCT": (
        "Looting or property destruction: looted, burned houses, destroyed property, vandalised shops, "
        "set fire to buildings, demolished, ransacked.",
        "Property was destroyed or looted without people being targeted: armed men burned down houses, "
        "shops were looted, attackers torched a school, crops and homes were destroyed, vandals damaged a"
        " church.",
    ),
    "NON_VIOL_TERRIT_TRANSFER": (
        "Non-violent transfer of territory: forces withdrew, handed over control, pulled out, retreated, "
        "took over the area without fighting.",
        "Territory changed hands without fighting: troops withdrew from the town and handed it over, "
        "rebels pulled out of positions under a deal, forces took over a base abandoned by the army, "
        "control was transferred peacefully.",
    ),
    "OTHER": (
        "Other strategic development: an event of political importance not covered elsewhere.",
        "Another event of strategic importance: a parliament vote, an election, a court ruling, a coup "
        "announcement, a political statement, an unclassified incident.",
    ),
    "ORG_CRIME": (
        "Organised crime: drug cartel, smuggling, trafficking, gang, robbery, criminals, narcotics "
        "seized, murder by criminals, mafia, extortion.",
        "Criminal groups and their crimes: police busted a drug trafficking ring, cocaine and heroin were"
        " seized, robbers held up a bank, a gang leader was killed, smugglers, fraud and extortion, armed"
        " robbery.",
    ),
    "NATURAL_DISASTER": (
        "Natural disaster: earthquake, flood, cyclone, storm, drought, landslide, wildfire, epidemic, "
        "disease outbreak, virus cases, heavy rain.",
        "A natural hazard struck: an earthquake of magnitude 6 hit, floods displaced thousands, a cyclone"
        " made landfall, heavy rains caused landslides, a drought, an outbreak of disease with new "
        "infections and deaths.",
    ),
    "MAN_MADE_DISASTER": (
        "Man-made disaster: accident, fire broke out, factory blast, train collision, building collapse, "
        "gas leak, crash, explosion at plant.",
        "An accident caused by people or technology: a fire broke out in a factory, a bus plunged into a "
        "gorge, a train derailed, a boiler explosion, a building collapsed, a plane crashed, a chemical "
        "leak, workers were killed in a mine accident.",
    ),
    "DIPLO": (
        "Diplomacy: ministers met, talks, summit, visit, ambassador, bilateral relations, foreign "
        "minister, sanctions, diplomatic statement.",
        "Diplomatic activity between states: the foreign minister visited, leaders held talks, an "
        "ambassador was summoned, countries signed a cooperation pact, a summit, diplomatic relations, "
        "the president met his counterpart.",
    ),
    "ATTRIB": (
        "Claim of responsibility: the group claimed responsibility for the attack, said it carried out, "
        "claimed the bombing, responsibility was claimed.",
        "A group said it was behind an attack: an armed group claimed responsibility in a statement, the "
        "militants said they carried out the bombing, a claim posted online, the jihadist group's news "
        "agency claimed the attack.",
    ),
}
