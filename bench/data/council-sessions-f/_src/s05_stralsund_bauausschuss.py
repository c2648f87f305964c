## Mecklenburg-Vorpommern: Bau- und Planungsausschuss der Hansestadt Stralsund, casual and sloppy chair, no agenda.
from build import Session, I, D

S = Session(
    id="mv-stralsund-bauausschuss-2027-02",
    split="dev", land="MV", body="Ausschuss für Bau und Planung", organization="Hansestadt Stralsund", date="2027-02-23",
    start="18:00", end="20:48", endSource="spoken",
    slug="stralsund/bauausschuss", domain="stralsund.example.de",
    teams_title="Bauausschuss Februar", agenda="none", attendance=True, chair_key="V",
    clerk="Doreen Hamann",
    voices={"V": "Kai-Uwe Marten", "BA": "Susanne Wollin", "QU": "Holger Quandt", "LA": "Birte Lassahn",
            "PA": "Enrico Pagel", "DI": "Maren Dittberner", "SW": "Thilo Schwarz", "PR": "Anja Prüter",
            "BR": "Detlef Bröcker", "SI": "Ramona Sievert", "U": "Unknown Speaker"},
    participants=[("Doreen Hamann", "Organizer"), ("Kai-Uwe Marten", "Presenter"), ("Susanne Wollin", "Presenter")],
    secrets=["Tiefbau Jarmen GmbH", "312.000 Euro", "Flurstück 17/9", "Herr Pahnke", "95 Euro den Quadratmeter"],
)

S.script = """
@18:00
V: So, Leute, is sechs, wir fang an. Moin erstmal, herzlich willkommen im Bauausschuss, Frau Wollin ist da vom Bauamt, und wir sind neun, also vollzählig, beschlussfähig sind wir auch.
V: Einladung ist rausgegangen wie immer, hat keiner was dagegen gesagt. Ich frag gleich mal: Gibt's bei irgendwas 'n Mitwirkungsverbot? Heute keiner? Gut, dann kommt das beim Punkt.
V: Einwohnerfragen. Da hinten hat sich jemand gemeldet, bitte, aber kurz.
U: Ja, Lüdtke, aus Knieper West. Wann kommt der Spielplatz am Heinrich-Heine-Ring wieder, der ist seit 'nem Jahr abgesperrt.
BA: Die Geräte sind bestellt, Aufbau im April, wenn das Wetter mitspielt.
U: Na, dann bin ich gespannt.
V: Sonst keiner? Nee. Dann die Niederschrift vom Januar, hat jeder gekriegt. Wer dafür ist? Sieben. Gegen? Keiner. Enthaltung? Zwei.
V: Is bestätigt.
@18:19
V: Dann Punkt vier a, Frankenstraße, die Voranfrage für das Wohn- und Geschäftshaus.
QU: Da muss ich raus. Das Büro, in dem ich arbeite, hat die Planung gemacht. Mitwirkungsverbot, § 24 Kommunalverfassung, ich setz mich hinten hin.
V: Jo, danke Holger. Frau Wollin.
BA: Vier Geschosse mit Staffelgeschoss, unten Laden, oben zwölf Wohnungen. Das fügt sich nach § 34 ein, die Traufhöhe entspricht den Nachbarn. Wir empfehlen das Einvernehmen.
PA: Und die Stellplätze? Da ist jetzt schon alles zugeparkt.
BA: Es ist eine Tiefgarage mit vierzehn Plätzen vorgesehen.
V: Gut. Wer ist für das Einvernehmen? Sechs. Dagegen? Eine. Enthaltung? Eine. Damit ist das
V: Einvernehmen erteilt. Holger, kannst wieder rankommen.
@18:36
V: Vier b. Die Scheune in Devin, die sollen Ferienwohnungen werden.
BA: Das liegt im Außenbereich. Eine Umnutzung zu sechs Ferienwohnungen ist nach unserer Einschätzung nicht privilegiert. Wir empfehlen, das Einvernehmen zu versagen.
SW: Ich find das schade, da stirbt sonst die Scheune. Aber rechtlich, na ja.
V: Wer ist für das Einvernehmen? Zwei. Dagegen? Sieben. Damit ist das Einvernehmen versagt.
@18:47
V: Kaispeicher. Der vorhabenbezogene Bebauungsplan 72, Hafeninsel. Das soll in die Bürgerschaft, wir sollen empfehlen.
BA: Der Investor will den Speicher zu einem Hotel mit 140 Zimmern umbauen. Die Kubatur bleibt, die Fassade wird denkmalgerecht saniert. Das Welterbe-Management hat zugestimmt.
LA: Ich find nicht gut, dass der Kai dann abends für die Leute zu ist. Das ist doch öffentlicher Raum.
BA: Die Kaikante bleibt öffentlich, das ist im Durchführungsvertrag gesichert.
DI: Wir sind dafür, das ist seit zwanzig Jahren eine Ruine.
V: Also wer empfiehlt das der Bürgerschaft? Danke. Gegenprobe. Drei. Enthaltung? Keine. Also sechs zu drei, empfohlen.
@19:12
V: Jetzt die Gestaltungssatzung Altstadt, das ist heute nur die erste Beratung, beschlossen wird im März.
BA: Kernpunkte sind die Werbeanlagen, die Fenster und die Solaranlagen auf den Dächern. Solar soll von der Straße nicht sichtbar sein.
PR: Das wird schwierig. Dann kriegen wir auf der Altstadt gar keine Energiewende hin.
BR: Wir sind Welterbe, da muss man eben Abstriche machen.
QU: Es gibt doch inzwischen rote Solarziegel, die sieht man kaum. Das sollte die Satzung zulassen.
BA: Das nehmen wir als Prüfauftrag mit in den Entwurf für März.
V: Nehmt das mit in die Fraktionen, im März stimmen wir ab.
@19:34
V: Dann der Antrag mit dem Tempo 30 in der Tribseer Vorstadt. Ich würd sagen, das ist nicht unser Ding, das gehört in den Verkehrsausschuss.
SI: Wir als Antragsteller sind einverstanden, wenn's da ordentlich beraten wird.
V: Dann verweisen wir das. Wer ist dafür? Gegen? Keine. Enthaltungen? Zwei. Also keine Gegenstimmen, zwei Enthaltungen, verwiesen an den Verkehrsausschuss.
@19:41
V: Infos vom Bauamt noch.
BA: Die Sanierung der Ziegelgrabenbrücke beginnt im Mai, es gibt dann für drei Monate eine Umleitung über die Rügendammstraße.
PA: Das wird ein Chaos im Sommer.
BA: Wir stimmen uns mit der Polizei ab, es wird eine Baustellenampel geben.
V: Jo, haben wir zur Kenntnis genommen. So, dann machen wir jetzt nichtöffentlich weiter. Die Gäste bitte einmal raus, danke, und Stream aus.
@19:50
#NP
V: Sind alle raus? Tür zu? Gut. Die Vergabe für den Kanal in der Großen Parower Straße.
BA: Günstigster Bieter ist die Tiefbau Jarmen GmbH mit 312.000 Euro. Die haben bei uns schon zwei Baustellen ordentlich gemacht.
SW: Gab es nur zwei Angebote?
BA: Vier, die anderen lagen zwischen 340.000 und 410.000 Euro.
V: Wer stimmt zu? Acht. Gegen? Keiner. Eine Enthaltung. Angenommen.
@20:12
V: Und das Grundstück am Frankenteich, die Anfrage von Herrn Pahnke.
BA: Herr Pahnke möchte das Flurstück 17/9 kaufen und bietet 95 Euro den Quadratmeter. Der Bodenrichtwert liegt bei 140 Euro. Wir empfehlen Ablehnung.
QU: Bei dem Preis, nee.
V: Wer ist für den Verkauf? Drei. Dagegen? Fünf. Enthaltung? Eine. Das hat keine Mehrheit.
@20:47
V: So, dat war's. Danke euch, Sitzung ist zu um 20:48 Uhr.
"""

S.items = [
    I("1", "Eröffnung und Feststellung der Beschlussfähigkeit", numberSpoken=False),
    I("2", "Einwohnerfragestunde", numberSpoken=False),
    I("3", "Bestätigung der Niederschrift der Sitzung vom Januar", numberSpoken=False, decisions=[
        D("Niederschrift der Januarsitzung", "genehmigt", votes=(7, 0, 2), ev="Is bestätigt.",
          note="counts in the previous cue ('Sieben. Gegen? Keiner. Enthaltung? Zwei.')")]),
    I("4a", "Bauvoranfrage: Wohn- und Geschäftshaus Frankenstraße", numberSpoken=True, decisions=[
        D("Gemeindliches Einvernehmen zur Bauvoranfrage Frankenstraße", "angenommen", votes=(6, 1, 1),
          ev="Einvernehmen erteilt. Holger, kannst wieder rankommen.",
          note="the result sentence is split over two cues ('Damit ist das' / 'Einvernehmen erteilt.')")],
      bias=["Holger Quandt"], note="Mitwirkungsverbot § 24 KV M-V declared by the member at the item; 8 voting"),
    I("4b", "Bauantrag: Umnutzung einer Scheune zu Ferienwohnungen in Devin", numberSpoken=True, decisions=[
        D("Gemeindliches Einvernehmen zur Umnutzung der Scheune in Devin", "abgelehnt", votes=(2, 7, None),
          ev="Wer ist für das Einvernehmen? Zwei. Dagegen? Sieben. Damit ist das Einvernehmen versagt.")]),
    I("5", "Vorhabenbezogener Bebauungsplan Nr. 72 „Hafeninsel – Kaispeicher“ – Empfehlung an die Bürgerschaft", numberSpoken=False, decisions=[
        D("Empfehlung an die Bürgerschaft: vorhabenbezogener Bebauungsplan Nr. 72", "angenommen", votes=(6, 3, 0),
          ev="Also sechs zu drei, empfohlen.")]),
    I("6", "Gestaltungssatzung Altstadt – erste Beratung", numberSpoken=False,
      note="first reading by design, discussion without decision (vote announced for March)"),
    I("7", "Antrag: Tempo 30 in der Tribseer Vorstadt", numberSpoken=False, decisions=[
        D("Verweisung an den Verkehrsausschuss", "verwiesen", votes=(None, 0, 2),
          ev="Also keine Gegenstimmen, zwei Enthaltungen, verwiesen an den Verkehrsausschuss.")]),
    I("8", "Informationen der Verwaltung", numberSpoken=False, decisions=[
        D("Informationen des Bauamts", "zur Kenntnis genommen", ev="Jo, haben wir zur Kenntnis genommen.")]),
    I("9", "Vergabe von Tiefbauleistungen", public=False, numberSpoken=False, decisions=[
        D("Vergabe Kanalbau", "angenommen", votes=(8, 0, 1), ev="Wer stimmt zu? Acht. Gegen? Keiner. Eine Enthaltung. Angenommen.")]),
    I("10", "Grundstücksangelegenheit", public=False, numberSpoken=False, decisions=[
        D("Verkauf eines Grundstücks", "abgelehnt", votes=(3, 5, 1), ev="Das hat keine Mehrheit.",
          note="counts in the same cue just before the evidence")]),
]

S.features = [
    "no agenda; Ausschuss für Bau und Planung (Mecklenburg-Vorpommern), very casual chair with northern sloppy speech ('is sechs, wir fang an', 'dat war's', 'Jo')",
    "opening without 'eröffne'; Mitwirkungsverbot asked for at the start, none declared then",
    "items called almost only by title or in his own words; sub-items 'Punkt vier a' and 'Vier b' the only spoken numbers",
    "Niederschrift 'Is bestätigt' (genehmigt) with counts in the previous cue",
    "Mitwirkungsverbot § 24 KV M-V declared by the member at 4a; result sentence split over two cues of the same voice ('Damit ist das' / 'Einvernehmen erteilt.')",
    "4b Einvernehmen versagt = abgelehnt; Empfehlung with Gegenprobe 'Drei' and 'sechs zu drei, empfohlen'",
    "first reading without decision; Verweisung 'keine Gegenstimmen, zwei Enthaltungen'; 'haben wir zur Kenntnis genommen'",
    "Unknown Speaker in the Einwohnerfragestunde",
    "non-public part without agenda ('dann machen wir jetzt nichtöffentlich weiter. Die Gäste bitte einmal raus', 'Tür zu?'); 'Das hat keine Mehrheit'",
]
