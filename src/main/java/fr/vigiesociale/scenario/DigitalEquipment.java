package fr.vigiesociale.scenario;

/** Social workers' equipment for remote work (laptops, phones, secure access), préconisation 9. */
public enum DigitalEquipment {
    NONE, PARTIAL, FULL
}
