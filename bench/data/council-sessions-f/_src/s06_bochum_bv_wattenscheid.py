## Nordrhein-Westfalen: Bezirksvertretung Wattenscheid (Stadt Bochum), votes by group lists, § 31 GO NRW early and at the item.
from build import Session, I, D

S = Session(
    id="nrw-bochum-bezirksvertretung-wattenscheid-2027-02",
    split="dev", land="NRW", body="Bezirksvertretung", organization="Stadt Bochum", date="2027-02-25",
    start="15:00", end="17:46", endSource="spoken", planned_end="18:00",
    slug="bochum/bezirksvertretung-wattenscheid", domain="bochum.example.de",
    meeting_name="Sitzung der Bezirksvertretung Wattenscheid", org_name="Bezirksvertretung Wattenscheid",
    teams_title="BV Wattenscheid 25.02.2027", agenda="matching", attendance=True, chair_key="V",
    clerk="Nicole Sandmann",
    voices={"V": "Reinhold Wiesmann", "BA": "Claudia Overbeck", "SK": "Gerd Schwarzkopf", "KA": "Ursula Kamphaus",
            "DR": "Marcel Drees", "BK": "Sophie Brauckmann", "LE": "Timo Lechtenberg", "DE": "Aylin Demir",
            "TE": "Jörg Tenhagen", "WE": "Ruth Wegener", "U": "Unknown Speaker"},
    participants=[("Nicole Sandmann", "Organizer"), ("Reinhold Wiesmann", "Presenter"), ("Claudia Overbeck", "Presenter"),
                  ("Ratssaal Wattenscheid (Teams Room)", "Attendee")],
    joins={"Marcel Drees": "15:14"}, leaves={"Sophie Brauckmann": "17:33"},
    late=[("Marcel Drees", "4a")], early=[("Sophie Brauckmann", "9")],
    secrets=[],
)

S.script = """
@15:00
V: Meine Damen und Herren, liebe Kolleginnen und Kollegen, ich eröffne die Sitzung der Bezirksvertretung Wattenscheid. Die Einladung ist ordnungsgemäß erfolgt, wir sind mit 18 Mitgliedern beschlussfähig. Herr Drees hat sich etwas verspätet angekündigt.
V: Ich frage nach Befangenheiten. Herr Schwarzkopf hat mir vorab angezeigt, dass er zu TOP 5, dem August-Bebel-Platz, befangen ist, sein Geschäft liegt direkt am Platz. Er nimmt dort an Beratung und Abstimmung nicht teil.
SK: So ist es, danke.
V: Weitere? Keine. Zur Tagesordnung gibt es keine Änderungswünsche.
@15:05
V: TOP 2, Einwohnerfragestunde. Es liegt eine schriftliche Frage vor, die Fragestellerin ist anwesend.
U: Ja, Sabine Köster. Ich wollte wissen, warum an der Bushaltestelle Lohackerstraße seit Monaten das Wartehäuschen fehlt.
BA: Das Häuschen ist bei einem Unfall zerstört worden. Die Bogestra hat ein neues bestellt, Lieferung ist für März angekündigt.
U: Danke, hoffentlich stimmt das diesmal.
@15:12
V: TOP 3, Genehmigung der Niederschrift vom 26. November. Wer stimmt zu? Danke, das ist einstimmig genehmigt.
@15:14
DR: Guten Tag, sorry, Stau auf der A 40.
V: Willkommen, Herr Drees. Wir sind bei den Anträgen, TOP 4 a, der Antrag der SPD zu Trinkwasserbrunnen.
DE: In heißen Sommern brauchen gerade ältere Menschen und Kinder Wasser in der Innenstadt. Wir beantragen zwei Brunnen, am Alten Markt und am Hochstraßen-Eingang.
TE: Die Idee ist sympathisch, aber wer bezahlt die Wartung? Das sind pro Brunnen 5.000 Euro im Jahr.
BA: Die Stadtwerke würden die Wartung übernehmen, wenn die Bezirksvertretung die Anschaffung aus ihren Mitteln trägt.
V: Dann stimmen wir ab. Wer stimmt zu? SPD, Grüne und Linke. Wer ist dagegen? Die AfD. Enthaltungen? CDU und FDP. Damit ist der Antrag angenommen.
@15:31
V: TOP 4 b, der CDU-Antrag zum Samstagsmarkt in Höntrop.
BA: Dazu kann ich berichten: Der Marktbetreiber hat uns letzte Woche mitgeteilt, dass der Samstagsmarkt ab April ohnehin wieder stattfindet, mit zwölf Händlern.
TE: Dann hat sich unser Antrag ja erfüllt. Wir betrachten ihn als erledigt.
V: Gut, dann ist der Antrag erledigt, ohne Abstimmung.
@15:36
V: TOP 4 c, Antrag der Linken zur öffentlichen Toilette am Alten Markt. Frau Wegener.
WE: Nach den Gesprächen mit der Verwaltung ziehen wir den Antrag zurück. Es gibt eine Lösung mit der Gastronomie, die "nette Toilette", das reicht uns fürs Erste.
V: Der Antrag ist damit zurückgezogen.
@15:40
V: TOP 5, Umgestaltung des August-Bebel-Platzes. Herr Schwarzkopf hat den Platz verlassen. Frau Overbeck.
BA: Die Entwurfsplanung sieht einen barrierefreien Platz mit Wasserspiel vor, 14 neue Bäume und Sitzstufen. Die Kosten liegen bei 3,8 Millionen Euro, 70 Prozent aus der Städtebauförderung.
LE: Wir Grünen haben einen Änderungsantrag: 24 statt 14 Bäume und entsiegelte Flächen im Westteil. Der Platz ist im Sommer ein Glutofen.
TE: Mehr Bäume heißt weniger Platz für den Markt und die Kirmes. Das geht nicht.
DE: Wir unterstützen die Grünen, die Kirmes bekommt ihren Platz trotzdem.
V: Zuerst der Änderungsantrag der Grünen. Wer stimmt zu? Gegenstimmen? Enthaltungen? Der Änderungsantrag ist mit den Stimmen von SPD, Grünen und Linken angenommen.
V: Dann die Entwurfsplanung mit dieser Änderung. Wer stimmt zu? Gegenprobe. Enthaltungen.
V: Beschlossen mit 13 Stimmen bei 3 Gegenstimmen und 2 Enthaltungen. Herr Schwarzkopf kann zurückkommen.
@16:18
V: TOP 6, Verwendung der bezirksbezogenen Mittel. Frau Kamphaus?
KA: Ich erkläre mich für befangen, ich bin Kassiererin im Heimatverein Günnigfeld, der hier 4.000 Euro bekommen soll. Ich gehe in den Zuschauerraum.
V: Danke, Frau Kamphaus. Die Liste umfasst zwölf Zuschüsse über zusammen 61.500 Euro. Gibt es Wortmeldungen? Keine. Wer stimmt der Liste zu? Gegenstimmen? Enthaltungen? Einstimmig so beschlossen.
@16:27
V: TOP 7, Straßenbenennung im Baugebiet Westenfelder Straße.
BA: Die Verwaltung schlägt den Namen Erna-Kroll-Weg vor, nach der ersten Wattenscheider Stadtverordneten.
TE: Wir beantragen eine Sitzungsunterbrechung von zehn Minuten, wir müssen uns in der Fraktion abstimmen.
V: Die Sitzung ist für zehn Minuten unterbrochen.
@16:40
V: Wir setzen fort. Herr Tenhagen?
TE: Wir möchten die Heimatvereine anhören, bevor wir einen Namen beschließen. Wir beantragen Vertagung.
DE: Wir wollen heute entscheiden, der Vorschlag liegt seit Oktober vor.
V: Wer der Vertagung zustimmt? Dagegen? Enthaltungen? Dann ist der Punkt gegen die Stimmen der SPD vertagt.
@17:05
V: Zu TOP 8, Mitteilungen der Verwaltung.
BA: Die Stadtbücherei Wattenscheid ist ab dem 1. März auch samstags geöffnet. Und die Bauarbeiten an der Hochstraße beginnen nach Ostern.
LE: Wird es für die Hochstraße eine Bürgerinformation geben?
BA: Ja, am 18. März im Gertrudiscenter.
V: Danke, die Mitteilungen sind zur Kenntnis genommen.
@17:30
BK: Herr Bezirksbürgermeister, ich muss jetzt leider gehen.
V: Alles Gute, Frau Brauckmann. TOP 9, Anfragen. Frau Wegener.
WE: Wann werden die Schlaglöcher in der Bochumer Straße geflickt?
BA: Die Kolonne ist für nächste Woche eingeplant.
@17:45
V: Keine weiteren Anfragen. Ich bedanke mich und schließe die Sitzung um 17:46 Uhr.
"""

S.items = [
    I("1", "Eröffnung der Sitzung, Feststellung der Beschlussfähigkeit und Abfrage von Befangenheiten"),
    I("2", "Einwohnerfragestunde"),
    I("3", "Genehmigung der Niederschrift über die Sitzung vom 26.11.2026", decisions=[
        D("Niederschrift vom 26.11.2026", "genehmigt", unanimous=True, ev="Danke, das ist einstimmig genehmigt.")]),
    I("4a", "Antrag der SPD-Fraktion: Trinkwasserbrunnen in der Wattenscheider Innenstadt", decisions=[
        D("Antrag der SPD: zwei Trinkwasserbrunnen", "angenommen", groups=(["SPD", "Grüne", "Linke"], ["AfD"], ["CDU", "FDP"]),
          ev="Wer stimmt zu? SPD, Grüne und Linke. Wer ist dagegen? Die AfD. Enthaltungen? CDU und FDP. Damit ist der Antrag angenommen.")]),
    I("4b", "Antrag der CDU-Fraktion: Wiedereinführung des Samstagsmarktes in Höntrop", decisions=[
        D("Antrag der CDU zum Samstagsmarkt", "erledigt", ev="Gut, dann ist der Antrag erledigt, ohne Abstimmung.")]),
    I("4c", "Antrag der Fraktion Die Linke: Öffentliche Toilettenanlage am Alten Markt", decisions=[
        D("Antrag der Linken zur Toilettenanlage", "zurückgezogen", ev="Der Antrag ist damit zurückgezogen.")]),
    I("5", "Umgestaltung des August-Bebel-Platzes – Beschluss der Entwurfsplanung", decisions=[
        D("Änderungsantrag der Grünen: 24 Bäume, Entsiegelung Westteil", "angenommen", groups=(["SPD", "Grüne", "Linke"], [], []),
          ev="Der Änderungsantrag ist mit den Stimmen von SPD, Grünen und Linken angenommen."),
        D("Entwurfsplanung August-Bebel-Platz in der geänderten Fassung", "angenommen", votes=(13, 3, 2),
          ev="Beschlossen mit 13 Stimmen bei 3 Gegenstimmen und 2 Enthaltungen.")],
      bias=["Gerd Schwarzkopf"], note="Befangenheit § 31 GO NRW reported early by the chair under TOP 1 and confirmed by the member; 18 voting"),
    I("6", "Verwendung der bezirksbezogenen Mittel 2027", decisions=[
        D("Liste der Zuschüsse aus bezirksbezogenen Mitteln", "angenommen", unanimous=True,
          ev="Gegenstimmen? Enthaltungen? Einstimmig so beschlossen.")],
      bias=["Ursula Kamphaus"], note="Befangenheit declared by the member at the item ('Ich erkläre mich für befangen')"),
    I("7", "Benennung einer Straße im Baugebiet Westenfelder Straße", decisions=[
        D("Vertagung zur Anhörung der Heimatvereine", "vertagt", groups=([], ["SPD"], []),
          ev="Dann ist der Punkt gegen die Stimmen der SPD vertagt.")],
      note="Sitzungsunterbrechung of ten minutes on request of the CDU before the vote"),
    I("8", "Mitteilungen der Verwaltung", decisions=[
        D("Mitteilungen der Verwaltung", "zur Kenntnis genommen", ev="Danke, die Mitteilungen sind zur Kenntnis genommen.")]),
    I("9", "Anfragen"),
]

S.features = [
    "Bezirksvertretung (NRW), Bezirksbürgermeister as chair, Bezirksamtsleiterin reports; Teams Room device in the attendance report",
    "Befangenheit § 31 GO NRW reported early by the chair under TOP 1 for TOP 5 ('nimmt dort an Beratung und Abstimmung nicht teil'), confirmed by the member",
    "lettered sub-items 'TOP 4 a', 'TOP 4 b', 'TOP 4 c' (no header item)",
    "vote by group lists for yes, no and abstain ('Wer stimmt zu? SPD, Grüne und Linke. Wer ist dagegen? Die AfD.')",
    "Antrag erledigt without vote; Antrag zurückgezogen",
    "Grünen-Änderungsantrag 'mit den Stimmen von SPD, Grünen und Linken angenommen', then the Entwurfsplanung 'mit 13 Stimmen bei 3 Gegenstimmen und 2 Enthaltungen'",
    "'Ich erkläre mich für befangen' at TOP 6; 'Einstimmig so beschlossen'",
    "Sitzungsunterbrechung, then Vertagung 'gegen die Stimmen der SPD'",
    "'Zu TOP 8'; Mitteilungen zur Kenntnis genommen; late arrival (TOP 4a) and early departure (at the TOP 9 call) in attendance; no non-public part",
]
