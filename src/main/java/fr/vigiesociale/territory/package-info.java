/**
 * The official French territory reference (communes, EPCI, départements, régions), bundled as a
 * trimmed snapshot of Etalab's {@code @etalab/decoupage-administratif} made by
 * {@code scripts/territories/update.sh}. It knows nothing of scenarios or rules: the scenario reader
 * checks codes against it, the batch reads names and populations from it.
 */
package fr.vigiesociale.territory;
