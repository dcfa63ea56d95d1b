package fr.vigiesociale.docs;

import static fr.vigiesociale.docs.SchemaNodes.array;
import static fr.vigiesociale.docs.SchemaNodes.bool;
import static fr.vigiesociale.docs.SchemaNodes.factValue;
import static fr.vigiesociale.docs.SchemaNodes.integer;
import static fr.vigiesociale.docs.SchemaNodes.mapOf;
import static fr.vigiesociale.docs.SchemaNodes.number;
import static fr.vigiesociale.docs.SchemaNodes.object;
import static fr.vigiesociale.docs.SchemaNodes.oneOf;
import static fr.vigiesociale.docs.SchemaNodes.props;
import static fr.vigiesociale.docs.SchemaNodes.ref;
import static fr.vigiesociale.docs.SchemaNodes.string;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.ruleset.Horizon;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.ruleset.PolicyArea;
import fr.vigiesociale.ruleset.SourceLink;
import fr.vigiesociale.ruleset.ThresholdBasis;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The assessment's schemas (contract v1 §2), as {@code fr.vigiesociale.report.AssessmentJson}
 * writes it: every field it always writes is required, the optional ones ({@code tieBreak},
 * {@code threshold}, {@code alarm}…) are not, and every closed list of values comes from the Java
 * enum the engine uses, so the schema cannot drift from the answers. Fields may be added in v1:
 * readers must ignore those they do not know.
 */
final class AssessmentSchema {

    private AssessmentSchema() {
    }

    static void addTo(Map<String, ObjectNode> schemas) {
        ObjectNode assessment = object("Évaluation d'un scénario (contrat v1 §2) : les actions conseillées, classées, "
                + "chacune avec ses raisons, ce qu'il faudrait savoir, les actions non proposées et les passages cités.",
                "schemaVersion", "scenario", "ruleset", "lang", "priorities", "actions", "dataGaps", "notProposed", "sources");
        ObjectNode p = props(assessment);
        p.set("schemaVersion", integer("Version du format de l'évaluation").put("const", 1));
        ObjectNode scenario = object("Le scénario évalué", "id", "title", "territory");
        props(scenario).set("id", string("Identifiant du scénario"));
        props(scenario).set("title", string("Titre du scénario"));
        props(scenario).set("territory", string("Nom du territoire"));
        p.set("scenario", scenario);
        ObjectNode ruleset = object("Les règles qui ont produit l'évaluation", "name", "version", "sha256", "rules");
        props(ruleset).set("name", string("Nom du jeu de règles"));
        props(ruleset).set("version", string("Version du jeu de règles"));
        props(ruleset).set("sha256", string("Empreinte SHA-256 des fichiers de règles chargés").put("pattern", "^[0-9a-f]{64}$"));
        props(ruleset).set("rules", integer("Nombre de règles chargées").put("minimum", 0));
        p.set("ruleset", ruleset);
        p.set("lang", lang());
        p.set("priorities", array(ref("Priority"), "Les priorités : au plus cinq actions de niveau MEDIUM ou plus, "
                + "dans l'ordre du classement, chacune avec sa première étape et qui la porte ; vide sur un territoire calme")
                .put("maxItems", 5));
        p.set("actions", array(ref("AssessedAction"), "Actions conseillées, par score décroissant (rang 1, 2, 3…)"));
        p.set("dataGaps", array(ref("DataGap"), "Ce qu'il faudrait savoir : faits inconnus qui pourraient ajouter ou relever une action"));
        p.set("notProposed", array(ref("NotProposed"), "Actions du catalogue non proposées, avec la règle la plus proche de se déclencher"));
        p.set("sources", mapOf(ref("SourcePassage"), "Passages des sources citées par les raisons, par identifiant"));
        schemas.put("Assessment", assessment);
        schemas.put("Priority", priority());
        schemas.put("AssessedAction", action());
        schemas.put("Reason", reason());
        schemas.put("DataGap", dataGap());
        schemas.put("NotProposed", notProposed());
        schemas.put("SourcePassage", passage());
    }

    private static ObjectNode lang() {
        ObjectNode n = string("Langue des textes");
        n.putArray("enum").add("fr").add("en");
        return n;
    }

    private static ObjectNode action() {
        ObjectNode a = object("Une action conseillée, avec son niveau, son score et les raisons qui font chacun de ses points",
                "rank", "id", "title", "description", "preconisations", "policyAreas", "level", "score", "points",
                "alarmTrigger", "confidence", "horizon", "actors", "reasons");
        ObjectNode p = props(a);
        p.set("rank", integer("Rang, à partir de 1").put("minimum", 1));
        p.set("id", string("Identifiant stable de l'action"));
        p.set("title", string("Intitulé"));
        p.set("description", string("Ce qu'il s'agit de faire"));
        p.set("preconisations", array(integer("Numéro de préconisation HCTS 2021").put("minimum", 1).put("maximum", 12),
                "Les préconisations du rapport que l'action met en œuvre").put("minItems", 1));
        p.set("policyAreas", array(oneOf(PolicyArea.class, "Politique publique"), "Politiques publiques concernées").put("minItems", 1));
        p.set("level", oneOf(Level.class, "Niveau, fonction du score"));
        p.set("score", number("Score de 0 à 100 : la somme des contributions, plafonnée").put("minimum", 0).put("maximum", 100));
        p.set("points", number("Points avant plafonnement").put("minimum", 0));
        p.set("alarmTrigger", bool("Au moins une raison a franchi un seuil d'alarme"));
        ObjectNode tie = object("Pourquoi l'action suit une autre de même score", "after", "by");
        props(tie).set("after", string("L'action qui la précède"));
        props(tie).set("by", oneOf(AssessedAction.TieBreak.By.class, "Le critère qui a départagé"));
        p.set("tieBreak", tie);
        ObjectNode confidence = object("Combien des faits lus par ses règles sont connus", "level", "known", "read");
        props(confidence).set("level", oneOf(AssessedAction.Confidence.Level.class, "Niveau de confiance"));
        props(confidence).set("known", integer("Faits connus").put("minimum", 0));
        props(confidence).set("read", integer("Faits lus").put("minimum", 0));
        p.set("confidence", confidence);
        p.set("horizon", oneOf(Horizon.class, "Horizon : jours, semaines, mois"));
        p.set("actors", array(oneOf(Actor.class, "Acteur"), "Les acteurs qui portent l'action"));
        p.set("reasons", array(ref("Reason"), "Les raisons, chacune avec sa règle, ses faits et ses points").put("minItems", 1));
        return a;
    }

    private static ObjectNode reason() {
        ObjectNode r = object("Une règle qui a parlé : ce qu'elle dit, les faits lus, ses points et ses sources",
                "rule", "text", "facts", "points", "contribution", "weight", "sources");
        ObjectNode p = props(r);
        p.set("rule", string("Nom de la règle"));
        p.set("text", string("Pourquoi, en clair"));
        p.set("facts", mapOf(factValue(), "Les faits du scénario lus par la règle, par chemin (indicators.foodAidRequestsChangePct…)"));
        p.set("points", number("Points donnés par la règle"));
        p.set("contribution", number("Part de ces points dans le score"));
        p.set("weight", string("Catégorie de poids de la règle (weights.yaml)"));
        ObjectNode cite = object("Un passage cité", "passage", "link");
        props(cite).set("passage", string("Identifiant du passage, clé de « sources »"));
        props(cite).set("link", oneOf(SourceLink.class, "Ce que le passage dit de la règle"));
        p.set("sources", array(cite, "Les passages des sources sur lesquels la règle s'appuie"));
        ObjectNode t = object("Le seuil franchi", "indicator", "watch", "basis", "source");
        props(t).set("indicator", string("Indicateur"));
        props(t).set("watch", number("Seuil de vigilance"));
        props(t).set("alarm", number("Seuil d'alarme, quand il y en a un"));
        props(t).set("basis", oneOf(ThresholdBasis.class, "D'où vient le seuil"));
        props(t).set("source", string("La source du seuil, en clair"));
        p.set("threshold", t);
        return r;
    }

    private static ObjectNode priority() {
        ObjectNode n = object("Une priorité : une action à piloter d'abord, sa première étape et qui la porte", "rank", "action",
                "actionRank", "title", "level", "score", "horizon", "firstStep", "carriedBy", "with");
        ObjectNode p = props(n);
        p.set("rank", integer("Rang parmi les priorités (1 à 5)").put("minimum", 1).put("maximum", 5));
        p.set("action", string("Identifiant de l'action"));
        p.set("actionRank", integer("Rang de l'action dans le classement complet (actions)").put("minimum", 1));
        p.set("title", string("Intitulé de l'action"));
        p.set("level", oneOf(Level.class, "Niveau de l'action : MEDIUM au moins"));
        p.set("score", number("Score de l'action"));
        p.set("horizon", oneOf(Horizon.class, "Horizon : jours, semaines, mois"));
        p.set("firstStep", string("La première étape : ce qu'on fait aujourd'hui pour la lancer"));
        p.set("carriedBy", oneOf(Actor.class, "L'acteur qui la porte (le premier que le catalogue nomme pour cette situation)"));
        p.set("with", array(oneOf(Actor.class, "Acteur"), "Les autres acteurs qui y contribuent"));
        return n;
    }

    private static ObjectNode dataGap() {
        ObjectNode g = object("Un fait inconnu qui pourrait ajouter ou relever une action ; la liste est classée par ce que le connaître pourrait changer (niveau atteint, points, nombre d'actions)", "field", "why", "points", "action", "level", "actions");
        props(g).set("field", string("Chemin du champ du scénario"));
        props(g).set("why", string("Pourquoi le connaître compte"));
        props(g).set("points", number("Points qu'il pourrait ajouter au plus"));
        props(g).set("action", string("L'action qu'il pourrait relever le plus"));
        ObjectNode level = string("Le plus haut niveau qu'il pourrait faire atteindre à une action (ajoutée ou qui change de niveau) ; null s'il ne ferait que relever des actions dans leur niveau");
        level.putArray("enum").add("CRITICAL").add("HIGH").add("MEDIUM").add("LOW").addNull();
        level.putArray("type").add("string").add("null");
        props(g).set("level", level);
        props(g).set("actions", array(string("Identifiant d'action"), "Toutes les actions qu'il touche"));
        return g;
    }

    private static ObjectNode notProposed() {
        ObjectNode n = object("Une action du catalogue que l'évaluation ne propose pas, et ce qui l'en sépare", "action", "title", "nearest");
        props(n).set("action", string("Identifiant de l'action"));
        props(n).set("title", string("Intitulé"));
        ObjectNode why = object("Une règle de l'action et ce qui lui manque", "rule", "text");
        props(why).set("rule", string("Nom de la règle"));
        props(why).set("text", string("Ce qui lui manque, en clair"));
        props(why).set("indicator", string("L'indicateur dont elle dépend, quand il y en a un"));
        props(why).set("value", factValue());
        props(why).set("watch", number("Son seuil de vigilance"));
        props(n).set("nearest", array(why, "Les règles les plus proches de se déclencher"));
        return n;
    }

    private static ObjectNode passage() {
        ObjectNode s = object("Un passage d'une source", "document", "part", "text", "lines");
        props(s).set("document", string("Le document"));
        props(s).set("part", string("Sa partie"));
        props(s).set("text", string("Le passage"));
        props(s).set("lines", string("Ses lignes dans la source"));
        return s;
    }
}
