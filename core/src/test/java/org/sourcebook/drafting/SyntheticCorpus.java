package org.sourcebook.drafting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Deterministic synthetic English prose in the style of textbooks and news reports, for measuring
 * the drafting engine on texts of any length. The text is a title line, a blank line, and
 * paragraphs of 3–7 sentences separated by blank lines. Sentences come from over 60 templates
 * filled with invented people, places, organisations, numbers with units, counts, dates,
 * defined terms, quotations, parentheses and abbreviations ("Dr.", "U.S.", "c. 1450"); some start
 * with a pronoun or connective ("It", "However,") and never open a paragraph.
 *
 * <p>The same {@code (words, seed)} always gives the same text. Word counts (whitespace-separated
 * tokens, title included) are within ±1% of the request from about 500 words up; every name,
 * number and date is drawn from a seeded {@link Random}, so even at 100,000 words only a handful
 * of sentences repeat exactly.
 */
final class SyntheticCorpus {

    private SyntheticCorpus() {}

    /** About {@code words} words of prose (±2% from 500 words up), the same for the same arguments. */
    static String text(int words, long seed) {
        return new Writer(new Random(seed)).write(words);
    }

    /** The number of whitespace-separated words in {@code text}. */
    static int countWords(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean blank = Character.isWhitespace(text.charAt(i));
            if (!blank && !inWord) {
                count++;
            }
            inWord = !blank;
        }
        return count;
    }

    // ---------------------------------------------------------------------------------------------
    // Vocabulary. Everything is invented; any resemblance to real people or bodies is accidental.

    private static final String[] FIRST_NAMES = {
        "Anna", "Tomas", "Leila", "Marcus", "Ingrid", "Kwame", "Sofia", "Rahul", "Elena", "Jonas",
        "Amara", "Victor", "Mei", "Daniel", "Farida", "Henrik", "Lucia", "Samuel", "Nadia", "Oskar",
        "Priya", "Gabriel", "Helena", "Yusuf", "Clara", "Mateo", "Aisha", "Pieter", "Rosa", "Emil",
        "Hana", "Lorenzo", "Zeynep", "Arthur", "Ines", "Kofi", "Margaret", "Dmitri", "Beatrice", "Ravi",
        "Camille", "Thomas", "Olga", "Joseph", "Elif", "Walter", "Miriam", "Ibrahim", "Charlotte", "Stefan",
    };

    private static final String[] LAST_NAMES = {
        "Hartmann", "Okafor", "Lindqvist", "Moreau", "Castellano", "Novak", "Brennan", "Takahashi",
        "Mensah", "Rossi", "Kowalski", "Haddad", "Fischer", "Almeida", "Varga", "Petrov", "Nakamura",
        "Osei", "Sorensen", "Delacroix", "Aydin", "Whitfield", "Banerjee", "Quiroga", "Halloran",
        "Eriksen", "Mbatha", "Ferrante", "Olsen", "Kaczmarek", "Abernathy", "Ruiz", "Van Dijk",
        "Oyelaran", "Marchetti", "Lindgren", "Ashworth", "Nasser", "Holm", "Dubois", "Carvalho",
        "Pemberton", "Sato", "Adeyemi", "Strand", "Kovacs", "Greer", "Mwangi", "Lorimer", "Zielinski",
    };

    private static final String[] TITLES = {"Dr.", "Prof.", "Mr.", "Mrs.", "Ms.", "Gen.", "Sen.", "Rev."};

    private static final String[] TOWNS = {
        "Velmar", "Carrow", "Dunmere", "Halvik", "Brightwater", "Eastfield", "Marrowdale", "Kestrel Bay",
        "Port Aldine", "Redhollow", "Santa Lucena", "Tervola", "Vashki", "Oldbridge", "Fennick",
        "San Aurelio", "Greystone", "Lowmarsh", "Norhaven", "Ashcombe", "Koruvan", "Belleport",
        "Miravel", "Stonegate", "Tallin Cross", "Westreach", "Ilvana", "Corbin Falls", "Drumlea", "Esker",
    };

    private static final String[] REGIONS = {
        "the Velmar Basin", "the Northern Provinces", "the Korsa Highlands", "the Aldine Coast",
        "the Sable Delta", "the Western Plateau", "the Lake District of Ilvana", "the Marrow Valley",
        "the Southern Steppe", "the Fennick Hills", "the Eastern Marches", "the Orne Lowlands",
    };

    private static final String[] COUNTRIES = {
        "Estravia", "Norland", "Caldovia", "Meridia", "Ostmark", "Valdora", "Tarsenia", "the Aldine Republic",
    };

    private static final String[] NATIONALITIES = {
        "Estravian", "Norlandic", "Caldovian", "Meridian", "Ostmarker", "Valdoran", "Tarsenian",
    };

    private static final String[] RIVERS = {
        "the Sable River", "the Orne", "the Velka", "the Tamsin River", "the Korsa", "the Aldwater",
        "the Silvermouth", "the Drava Nord",
    };

    private static final String[] ORGANISATIONS = {
        "the National Science Council", "Civic Rights Monitor", "the International Water Alliance",
        "the Royal Society of Geographers", "the Ministry of Agriculture", "the Institute for Coastal Studies",
        "the Federal Statistics Office", "the Open Harbour Foundation", "the Council of Northern Cities",
        "the World Health Forum", "the Central Bank of Caldovia", "the Red Lantern Relief Agency",
        "the U.S. Bureau of Land Surveys", "the Estravian Academy of Sciences", "Global Refugee Watch",
        "the League for Rural Schools", "the Meridian Press Association", "the Office for Heritage Sites",
        "the Society for Economic History", "the Norland Railway Company", "the Eastfield Mining Company",
        "the Commission on Public Health", "the Valdoran Red Cross", "the Coastal Fisheries Board",
    };

    private static final String[] UNIVERSITIES = {
        "the University of Halvik", "Brightwater College", "the Velmar Institute of Technology",
        "the University of Port Aldine", "Ashcombe University", "the Norhaven School of Medicine",
        "the Caldovian State University", "Miravel Polytechnic",
    };

    private static final String[] ROLES = {
        "director", "chair", "spokesperson", "president", "secretary-general", "head of research",
        "deputy director", "chief economist", "senior adviser", "treasurer",
    };

    private static final String[] PROFESSIONS = {
        "geologist", "historian", "engineer", "physician", "botanist", "economist", "cartographer",
        "journalist", "architect", "chemist", "lawyer", "teacher",
    };

    private static final String[] WORKS = {
        "her studies of river erosion", "his maps of the northern coast", "a history of the salt trade",
        "early work on vaccination", "the design of suspension bridges", "a survey of rural schools",
        "research on soil fertility", "reports on the famine of the 1840s", "a theory of price cycles",
        "the first dictionary of the Korsa dialects", "measurements of glacier retreat",
    };

    private static final String[] SUBJECTS = {
        "law", "medicine", "geology", "economics", "chemistry", "history", "engineering", "botany",
    };

    private static final String[] INDUSTRIES = {
        "fishing", "coal mining", "textile manufacturing", "agriculture", "shipbuilding", "tourism",
        "forestry", "steel production", "salt extraction", "wine making",
    };

    private static final String[] CROPS = {"wheat", "barley", "rice", "cotton", "olives", "potatoes", "sugar beet", "tea"};

    private static final String[] GOODS = {"flour", "coal", "salt", "sugar", "fuel", "cooking oil", "timber"};

    private static final String[] ANIMALS = {
        "snow leopards", "river dolphins", "grey wolves", "white storks", "sea turtles", "brown bears",
        "mountain gazelles", "golden eagles",
    };

    private static final String[] EVENTS = {
        "strike", "flood", "famine", "uprising", "epidemic", "drought", "migration", "fire",
    };

    private static final String[] PERIODS = {
        "industrial revolution", "great migration", "reform era", "long depression", "age of canals",
        "agricultural crisis", "railway boom",
    };

    private static final String[] HARDSHIPS = {
        "the drought", "repeated floods", "the collapse of the fishing industry", "the war",
        "rising food prices", "the closure of the mines", "an outbreak of cholera",
    };

    private static final String[] PROJECTS = {
        "irrigation canals", "flood defences", "rural electrification", "new roads", "school buildings",
        "a dam on the upper river", "port modernisation",
    };

    private static final String[] MEASURES = {
        "fish stocks", "infant mortality", "air pollution", "groundwater levels", "crop yields",
        "the number of reported cases", "average wages",
    };

    private static final String[] FACTORS = {
        "rapid growth", "falling prices", "political instability", "improved transport",
        "rising literacy", "the changing climate", "new trade routes",
    };

    private static final String[] THINGS = {
        "working mills", "licensed fishing boats", "village schools", "public libraries",
        "registered newspapers", "coal mines", "hospital beds",
    };

    private static final String[] CLAIMS = {
        "the canal had caused more harm than good", "the census of that year undercounted women",
        "the drought began two years earlier than reported", "trade, not war, explained the decline",
        "the old maps exaggerated the size of the lake", "the epidemic had spread along the railway",
    };

    private static final String[] REASONS = {
        "personal reasons", "a lack of support from the ministry", "poor health",
        "disagreements over the budget", "the need for a fresh start",
    };

    private static final String[] REPORT_TITLES = {
        "Water and Work", "The Forgotten Coast", "Counting the Displaced", "Schools in Crisis",
        "After the Flood", "A Century of Trade", "The Price of Bread",
    };

    /** A defined term: the term and a noun phrase that defines it. */
    private record Term(String term, String definition) {}

    private static final Term[] TERMS = {
        new Term("erosion", "the process by which soil and rock are removed from the surface of the Earth by wind, water or ice"),
        new Term("inflation", "a general rise in the prices of goods and services over a period of time"),
        new Term("a delta", "a landform created where a river deposits sediment as it enters slower water"),
        new Term("photosynthesis", "the process by which green plants use sunlight to make food from carbon dioxide and water"),
        new Term("a treaty", "a formal written agreement between two or more states"),
        new Term("urbanisation", "the movement of people from rural areas into towns and cities"),
        new Term("a glacier", "a large, slowly moving mass of ice formed from compacted snow"),
        new Term("a monsoon", "a seasonal change in wind direction that brings heavy rain"),
        new Term("a census", "an official count of the people living in a country or region"),
        new Term("sedimentation", "the settling of small particles out of water or air"),
        new Term("a tariff", "a tax paid on goods when they are brought into a country"),
        new Term("irrigation", "the supply of water to land or crops by artificial means"),
        new Term("a refugee", "a person who has been forced to leave their country because of war or persecution"),
        new Term("deforestation", "the clearing of forests for farming, building or timber"),
        new Term("a constitution", "the set of basic rules by which a state is governed"),
        new Term("a watershed", "an area of land that drains into a single river or lake"),
        new Term("a recession", "a period in which the economy of a country shrinks for at least two quarters"),
        new Term("a vaccine", "a substance that trains the immune system to recognise and fight a disease"),
        new Term("salinity", "the amount of salt dissolved in a body of water"),
        new Term("a cooperative", "a business owned and run by the people who use its services"),
        new Term("suffrage", "the right to vote in public elections"),
        new Term("an aquifer", "a layer of rock or sediment that holds groundwater"),
        new Term("a drought", "a long period of unusually low rainfall"),
        new Term("a levee", "an embankment built to stop a river from overflowing"),
    };

    private static final String[] ORGANISATIONS_EMPLOYERS = {
        "the Eastfield Mining Company", "the Norland Railway Company", "the Carrow Textile Works",
        "the Port Aldine Shipyards", "the Sable Delta Salt Company", "the Halvik Steel Mill",
    };

    private static final String[] PROTECTED_AREAS = {
        "national park", "nature reserve", "state forest", "military zone", "free port", "wetland reserve",
    };

    private static final String[] QUOTES = {
        "We expect to finish the work by %Y",
        "The water level has never been this low in %N years",
        "Nobody in %T had seen anything like it",
        "We counted %N boats in the harbour that morning",
        "The numbers speak for themselves",
        "We lost %N houses in a single night",
        "It will take a generation to rebuild %T",
        "Our figures show that %P of the children were not in school",
        "The river rose %N centimetres in less than an hour",
        "We warned the ministry in %Y, and nothing was done",
        "This is the worst harvest since %Y",
        "Every family in %T has lost someone",
    };

    private static final String[] MONTHS = {
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    };

    private static final int[] MONTH_DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private static final String[] TITLE_TOPICS = {
        "A Short History of", "Land and People of", "Water, Work and Trade in", "The Changing Face of",
        "Notes on the Geography of", "Towns and Rivers of",
    };

    // ---------------------------------------------------------------------------------------------
    // Templates. Openers may start a paragraph; continuations follow another sentence.

    private static final List<Function<Writer, String>> OPENERS = List.of(
            w -> w.person() + " was born in " + w.town() + " on " + w.fullDate(1750, 1995) + ".",
            w -> "In " + w.year(1850, 2020) + ", " + w.org() + " reported that " + w.count(200, 90_000)
                    + " people had left " + w.region() + " because of " + w.pick(HARDSHIPS) + ".",
            w -> {
                int from = w.year(1800, 1950);
                return "The population of " + w.town() + " grew from " + w.count(800, 20_000) + " in " + from
                        + " to " + w.count(20_000, 400_000) + " in " + (from + 10 * w.between(3, 7)) + ".";
            },
            w -> w.plainDefinition(),
            w -> capitalise(w.term().term()) + ", as defined by " + w.org() + " in " + w.year(1900, 2020)
                    + ", is " + w.lastTerm.definition() + ".",
            w -> "The term \"" + bare(w.term().term()) + "\" was first used by " + w.titledPerson() + " in "
                    + w.year(1780, 1960) + " to describe " + w.lastTerm.definition() + ".",
            w -> "On " + w.fullDate() + ", " + w.count(12, 2_000) + " civilians were killed in " + w.town()
                    + ", according to " + w.org() + ".",
            w -> "\"" + w.quote() + ",\" said " + w.titledPerson() + ", " + w.pick(ROLES) + " of " + w.org() + ".",
            w -> w.titledPerson() + " told reporters on " + w.usDate() + " that the project would cost about $"
                    + w.decimal(1, 90) + " million.",
            w -> capitalise(w.pick(RIVERS)) + " flows for " + w.count(40, 1_900) + " km before it reaches the sea near "
                    + w.town() + ".",
            w -> "By the " + w.decade(1800, 1990) + ", about " + w.percent() + " of the workforce in " + w.region()
                    + " was employed in " + w.pick(INDUSTRIES) + ".",
            w -> "In " + w.year(1820, 2010) + ", " + w.person() + " founded a school in " + w.town() + " with "
                    + w.between(12, 300) + " pupils and " + w.between(2, 12) + " teachers.",
            w -> "The treaty was signed in " + w.town() + " on " + w.usDate() + ", after " + w.between(2, 30)
                    + " months of negotiation.",
            w -> "During the " + w.decade(1930, 2000) + ", the U.S. government spent roughly $" + w.between(5, 900)
                    + " million on " + w.pick(PROJECTS) + " in " + w.region() + ".",
            w -> "Although the harvest of " + w.year(1840, 2015) + " was poor, exports of " + w.pick(CROPS)
                    + " rose by " + w.percent() + ".",
            w -> "The old bridge at " + w.town() + " is " + w.decimal(0, 4) + " km long and took " + w.between(2, 14)
                    + " years to build.",
            w -> "According to a " + w.year(1950, 2022) + " survey by " + w.org() + ", " + w.percent()
                    + " of households in " + w.town() + " had no running water.",
            w -> "A census taken in " + w.monthYear(1870, 2020) + " counted " + w.count(2_000, 300_000)
                    + " residents (of whom " + w.count(300, 1_999) + " were children under five).",
            w -> capitalise(w.region()) + " receives between " + w.between(300, 700) + " and " + w.between(701, 2_400)
                    + " mm of rain a year, most of it between " + w.twoOf(MONTHS, " and ") + ".",
            w -> {
                int born = w.year(1750, 1930);
                return w.person() + " (" + born + "–" + (born + w.between(38, 94)) + ") was " + withArticle(w.pick(NATIONALITIES))
                        + " " + w.pick(PROFESSIONS) + " known for " + w.pick(WORKS) + ".";
            },
            w -> "Dr. " + w.lastName() + " and her colleagues at " + w.pick(UNIVERSITIES) + " measured "
                    + w.count(40, 12_000) + " samples over " + w.between(3, 52) + " weeks.",
            w -> "The museum in " + w.town() + " holds " + w.count(900, 250_000) + " objects, including "
                    + w.between(12, 600) + " maps drawn before " + w.year(1600, 1850) + ".",
            w -> "Why did the " + w.pick(EVENTS) + " of " + w.year(1800, 2000) + " begin in "
                    + w.twoTowns(" rather than in ") + "?",
            w -> "The railway between " + w.twoTowns(" and ") + " opened on " + w.usDate()
                    + " and carried " + w.count(5_000, 900_000) + " passengers in its first year.",
            w -> "At its peak in " + w.year(1860, 1990) + ", " + w.pick(ORGANISATIONS_EMPLOYERS) + " employed "
                    + w.count(300, 40_000) + " workers at " + w.between(2, 40) + " sites.",
            w -> "Some " + w.count(200, 30_000) + " soldiers and " + w.count(100, 20_000)
                    + " civilians died in the siege of " + w.town() + ", which lasted " + w.between(9, 400) + " days.",
            w -> "The average temperature in " + w.town() + " rose by " + w.decimal(0, 3) + " °C between "
                    + w.year(1900, 1960) + " and " + w.year(1980, 2023) + ".",
            w -> "Prices of " + w.pick(GOODS) + " doubled in " + w.between(2, 18) + " months, and by " + w.monthYear(1840, 1950)
                    + " a loaf of bread cost " + w.between(3, 95) + " cents.",
            w -> "The mountain rises to " + w.count(1_200, 7_400) + " m above sea level and is covered in snow for about "
                    + w.between(2, 9) + " months of the year.",
            w -> "In " + w.year(1960, 2023) + ", " + w.org() + " estimated that " + w.count(80, 9_000) + " "
                    + w.pick(ANIMALS) + " remained in the wild, down from about " + w.count(9_001, 60_000) + " in the "
                    + w.decade(1900, 1950) + ".",
            w -> "The law, passed by a vote of " + w.between(150, 400) + " to " + w.between(10, 149)
                    + ", came into force on 1 " + w.month() + " " + w.year(1880, 2022) + ".",
            w -> "Each year about " + w.count(2_000, 2_500_000) + " tourists visit the old town of " + w.town()
                    + ", which was founded c. " + w.year(900, 1600) + ".",
            w -> "Dr. " + w.lastName() + " argued that " + w.pick(CLAIMS) + ", a view later challenged by Prof. "
                    + w.lastName() + " of " + w.pick(UNIVERSITIES) + ".",
            w -> "Today, " + w.town() + " is home to " + w.count(3_000, 800_000) + " people and "
                    + w.between(4, 240) + " schools.",
            w -> {
                int km = w.between(80, 3_200);
                return "The expedition led by " + w.person() + " reached " + w.town() + " on " + w.usDate()
                        + ", after travelling " + format(km) + " km (about " + format(Math.round(km * 0.621371f)) + " miles).";
            },
            w -> "In the U.S., the same method was adopted by " + w.between(3, 48) + " states between "
                    + w.year(1890, 1940) + " and " + w.year(1941, 1990) + ".",
            w -> "Between " + w.year(1900, 1960) + " and " + w.year(1961, 2020) + ", the number of " + w.pick(THINGS)
                    + " in " + w.pick(COUNTRIES) + " fell from " + w.count(500, 40_000) + " to " + w.count(20, 499) + ".",
            w -> w.person() + ", who had studied " + w.pick(SUBJECTS) + " at " + w.pick(UNIVERSITIES)
                    + ", became its first director in " + w.year(1870, 2000) + ".",
            w -> "A magnitude " + w.decimal(4, 8) + " earthquake struck " + w.region() + " at " + w.between(1, 12) + ":"
                    + String.format(Locale.ROOT, "%02d", w.between(0, 59)) + " on " + w.fullDate() + ", killing "
                    + w.count(3, 9_000) + " people.",
            w -> w.titledPerson() + " later wrote: \"" + w.quote() + ".\"",
            w -> "Fishermen in " + w.town() + " landed " + w.count(40, 90_000) + " tonnes of fish in "
                    + w.year(1900, 2022) + ", about " + w.percent() + " less than in the previous year.",
            w -> "The " + w.pick(PROTECTED_AREAS) + " covers " + w.count(800, 90_000) + " hectares on the south bank of "
                    + w.pick(RIVERS) + ".");

    private static final List<Function<Writer, String>> CONTINUATIONS = List.of(
            w -> "It covers an area of about " + w.count(40, 9_000) + " square kilometres and has a population of "
                    + w.count(1_000, 900_000) + ".",
            w -> "However, the figure was disputed by " + w.org() + ", which put the number closer to "
                    + w.count(100, 60_000) + ".",
            w -> "Its average depth is " + w.decimal(1, 40) + " m, and in " + w.month()
                    + " the water temperature rarely exceeds " + w.between(4, 29) + " °C.",
            w -> {
                int back = w.year(1850, 1990);
                return "They returned to " + w.town() + " in " + back + ", where they lived until " + (back + w.between(2, 30)) + ".";
            },
            w -> "This was the largest " + w.pick(EVENTS) + " in the history of " + w.pick(COUNTRIES) + " since "
                    + w.year(1700, 1990) + ".",
            w -> "He later became " + w.pick(ROLES) + " of " + w.org() + ", a post he held for " + w.between(2, 31) + " years.",
            w -> "She was elected to parliament in " + w.year(1920, 2022) + " with " + w.percent() + " of the vote in "
                    + w.town() + ".",
            w -> "In contrast, the coastal town of " + w.town() + " recorded only " + w.between(40, 290) + " mm in "
                    + w.year(1900, 2022) + ".",
            w -> "The results, published on " + w.fullDate() + ", showed a decline of " + w.percent() + " in "
                    + w.pick(MEASURES) + ".",
            w -> "Therefore, many historians date the start of the " + w.pick(PERIODS) + " to " + w.year(1760, 1920) + ".",
            w -> {
                int from = w.year(1900, 2000);
                return "As a result, " + w.count(40, 25_000) + " families were moved to new homes in " + w.town()
                        + " between " + from + " and " + (from + w.between(1, 12)) + ".";
            },
            w -> "Most scholars agree that the answer lies in the " + w.pick(FACTORS) + " of the " + w.decade(1800, 1990)
                    + " in " + w.region() + ".",
            w -> "Smaller crops (e.g. " + w.twoOf(CROPS, " and ") + ") covered approx. "
                    + w.count(50, 40_000) + " hectares.",
            w -> "Later that year, " + w.titledPerson() + " resigned, citing \"" + w.pick(REASONS) + "\".",
            w -> "Her report, titled \"" + w.pick(REPORT_TITLES) + "\", ran to " + w.between(40, 900)
                    + " pages and was translated into " + w.between(2, 31) + " languages.",
            w -> "For example, in " + w.town() + " alone, " + w.count(30, 40_000) + " homes were damaged by the flood of "
                    + w.fullDate() + ".",
            w -> "These figures, however, do not include the " + w.between(3, 120) + " villages east of "
                    + w.pick(RIVERS) + ".",
            w -> "Its economy depends mainly on " + w.pick(INDUSTRIES) + ", which accounts for " + w.percent() + " of output.",
            w -> "Nevertheless, " + w.lastName() + "'s proposal was rejected by the council in " + w.monthYear(1850, 2020) + ".",
            w -> "It was rebuilt in " + w.year(1850, 2010) + " at a cost of $" + w.decimal(1, 60) + " million.",
            w -> "They were joined in " + w.month() + " by " + w.count(50, 6_000) + " volunteers from " + w.town() + ".",
            w -> "In the same year, " + w.org() + " opened an office in " + w.town() + " with " + w.between(3, 90) + " staff.",
            w -> "This figure is about " + w.between(2, 9) + " times higher than the estimate for " + w.year(1900, 1990) + ".");

    /** How many sentence templates there are. */
    static int templateCount() {
        return OPENERS.size() + CONTINUATIONS.size();
    }

    // ---------------------------------------------------------------------------------------------

    /** Fills templates from one seeded Random; one per text. */
    private static final class Writer {

        private final Random random;
        private final Set<String> plainlyDefined = new HashSet<>();
        private Term lastTerm = TERMS[0];

        Writer(Random random) {
            this.random = random;
        }

        String write(int words) {
            if (words < 1) {
                throw new IllegalArgumentException("Ask for at least one word, was " + words);
            }
            String title = pick(TITLE_TOPICS) + " " + region();
            int total = countWords(title);
            int slack = Math.max(2, words / 200);
            List<List<String>> paragraphs = new ArrayList<>();
            List<String> paragraph = new ArrayList<>();
            int paragraphLength = between(3, 7);
            int misses = 0;
            while (total < words - slack && misses < 500) {
                String sentence = paragraph.isEmpty() ? fill(OPENERS) : fill(random.nextInt(3) == 0 ? CONTINUATIONS : OPENERS);
                int sentenceWords = countWords(sentence);
                if (total + sentenceWords > words + slack) {
                    misses++;
                    continue;
                }
                paragraph.add(sentence);
                total += sentenceWords;
                if (paragraph.size() == paragraphLength) {
                    paragraphs.add(paragraph);
                    paragraph = new ArrayList<>();
                    paragraphLength = between(3, 7);
                }
            }
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
            balanceLastParagraph(paragraphs);
            StringBuilder text = new StringBuilder(words * 7).append(title).append('\n');
            for (List<String> sentences : paragraphs) {
                text.append('\n').append(String.join(" ", sentences)).append('\n');
            }
            return text.toString();
        }

        /** The last paragraph may have been cut short: merge it with the one before, or borrow from it. */
        private static void balanceLastParagraph(List<List<String>> paragraphs) {
            int n = paragraphs.size();
            if (n < 2 || paragraphs.get(n - 1).size() >= 3) {
                return;
            }
            List<String> previous = paragraphs.get(n - 2);
            List<String> last = paragraphs.remove(n - 1);
            List<String> all = new ArrayList<>(previous);
            all.addAll(last);
            previous.clear();
            if (all.size() <= 7) {
                previous.addAll(all);
            } else {
                previous.addAll(all.subList(0, all.size() - 3));
                paragraphs.add(new ArrayList<>(all.subList(all.size() - 3, all.size())));
            }
        }

        private String fill(List<Function<Writer, String>> templates) {
            return templates.get(random.nextInt(templates.size())).apply(this);
        }

        String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }

        int between(int low, int high) {
            return low + random.nextInt(high - low + 1);
        }

        String person() {
            return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
        }

        String titledPerson() {
            return pick(TITLES) + " " + person();
        }

        String lastName() {
            return pick(LAST_NAMES);
        }

        String town() {
            return pick(TOWNS);
        }

        /** Two different towns: "Carrow and Halvik". */
        String twoTowns(String separator) {
            return twoOf(TOWNS, separator);
        }

        /** Two different values: "barley and wheat". */
        String twoOf(String[] values, String separator) {
            int first = random.nextInt(values.length);
            int second = (first + 1 + random.nextInt(values.length - 1)) % values.length;
            return values[first] + separator + values[second];
        }

        String region() {
            return pick(REGIONS);
        }

        String org() {
            return pick(ORGANISATIONS);
        }

        /**
         * "Erosion is the process by which ..." the first time a term is defined in a text, as a
         * textbook would; later definitions of the same term are attributed, so they vary.
         */
        String plainDefinition() {
            Term term = term();
            if (plainlyDefined.add(term.term())) {
                return capitalise(term.term()) + " is " + term.definition() + ".";
            }
            return "As " + titledPerson() + " explained in " + year(1850, 2020) + ", " + term.term() + " is "
                    + term.definition() + ".";
        }

        Term term() {
            lastTerm = TERMS[random.nextInt(TERMS.length)];
            return lastTerm;
        }

        String month() {
            return pick(MONTHS);
        }

        int year(int low, int high) {
            return between(low, high);
        }

        /** "the 1840s" without the article: "1840s". */
        String decade(int low, int high) {
            return (year(low, high) / 10 * 10) + "s";
        }

        /** "26 February 1992". */
        String fullDate() {
            return fullDate(1750, 2023);
        }

        String fullDate(int low, int high) {
            int month = random.nextInt(12);
            return between(1, MONTH_DAYS[month]) + " " + MONTHS[month] + " " + year(low, high);
        }

        /** "March 3, 1875". */
        String usDate() {
            int month = random.nextInt(12);
            return MONTHS[month] + " " + between(1, MONTH_DAYS[month]) + ", " + year(1750, 2023);
        }

        /** "March 1875". */
        String monthYear(int low, int high) {
            return month() + " " + year(low, high);
        }

        /** A count with thousands separators, spread evenly over orders of magnitude: "1,275". */
        String count(int low, int high) {
            double logLow = Math.log(low);
            double value = Math.exp(logLow + random.nextDouble() * (Math.log(high) - logLow));
            return format(Math.max(low, Math.min(high, Math.round(value))));
        }

        /** "4.5" (one decimal), between {@code low} and {@code high}. */
        String decimal(int low, int high) {
            return between(low, high - 1) + "." + between(1, 9);
        }

        /** "12%" or "3.5%". */
        String percent() {
            return random.nextBoolean() ? between(2, 89) + "%" : between(1, 19) + "." + between(1, 9) + "%";
        }

        String quote() {
            return pick(QUOTES)
                    .replace("%Y", Integer.toString(year(1900, 2030)))
                    .replace("%N", Integer.toString(between(3, 400)))
                    .replace("%T", town())
                    .replace("%P", percent());
        }
    }

    private static String format(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    /** "a Caldovian", "an Ostmarker". */
    private static String withArticle(String word) {
        return ("AEIOU".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private static String capitalise(String phrase) {
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    /** "a delta" → "delta". */
    private static String bare(String term) {
        int space = term.indexOf(' ');
        return term.startsWith("a ") || term.startsWith("an ") ? term.substring(space + 1) : term;
    }
}
