// German UI labels for the domain enumerations (DESIGN.md's ubiquitous language).
import type {
  ActivityRole,
  CommitteePart,
  CommitteeType,
  CooperationStatus,
  Focus,
  Goal,
  Level,
  MemberRole,
  PartnerType,
} from "../../store/index.js";

export const labels = {
  focus: {
    networks: "Vernetzte Strukturen",
    cooperation: "Vernetzung und Kooperation",
    infrastructure: "Infrastrukturentwicklung",
    projects: "Sozialraumbezogene Projekte",
    civic_engagement: "Bürgerengagement",
    public_relations: "Öffentlichkeitsarbeit",
  } satisfies Record<Focus, string>,
  level: {
    case_specific: "fallspezifisch",
    case_independent: "fallunspezifisch",
  } satisfies Record<Level, string>,
  role: {
    initiated: "angestoßen",
    contributed: "mitgewirkt",
    responsible: "Durchführungsverantwortung",
  } satisfies Record<ActivityRole, string>,
  goal: {
    early_detection: "Bedarfe früh erkennen",
    self_help: "Selbsthilfe stärken",
    prevention: "Prävention",
    infrastructure: "Soziale Infrastruktur",
  } satisfies Record<Goal, string>,
  partnerType: {
    school: "Schule",
    kita: "Kita",
    hort: "Hort",
    youth_welfare: "Jugendhilfe",
    club: "Verein",
    civic_group: "Bürgerschaftliche Gruppe",
    citizens_office: "Bürgerbüro",
    politics: "Politik",
    other: "Sonstige",
  } satisfies Record<PartnerType, string>,
  committeeType: {
    round_table: "Runder Tisch",
    youth_council: "Kinder- und Jugendbeirat",
    district_committee: "Stadtteilgremium",
    working_group: "Arbeitsgruppe",
    steering_group: "Steuerungskreis",
    other: "Sonstiges",
  } satisfies Record<CommitteeType, string>,
  committeePart: {
    attend: "Teilnahme",
    contribute: "Mitwirkung",
    chair: "Koordination/Moderation",
  } satisfies Record<CommitteePart, string>,
  cooperationStatus: {
    draft: "Entwurf",
    in_progress: "in Arbeit",
    agreed: "vereinbart",
    ended: "beendet",
  } satisfies Record<CooperationStatus, string>,
  memberRole: {
    member: "Fachkraft",
    lead: "Teamleitung",
    admin: "Admin",
    betriebsrat: "Betriebsrat",
  } satisfies Record<MemberRole, string>,
} as const;
