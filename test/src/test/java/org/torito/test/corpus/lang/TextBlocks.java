package org.torito.test.corpus.lang;

/** Text blocks: incidental indentation, trailing spaces, escapes (\s, line continuation), formatted and lines. */
public final class TextBlocks {
    private TextBlocks() {
    }

    public static void main(String[] args) {
        String json = """
                {
                  "name": "Torito",
                  "tags": ["java", "unikernel"],
                  "nested": { "ok": true }
                }
                """;
        System.out.print(json);
        System.out.println(json.length() + " " + json.lines().count() + " " + json.endsWith("\n"));
        String noNewline = """
            one
              two
            three""";
        System.out.println("[" + noNewline + "]");
        String closingLeft = """
                indented by the closing delimiter
            """;
        System.out.print(closingLeft);
        String escapes = """
            tab\there, quote \""" inside, backslash \\
            trailing spaces kept:\s\s
            joined \
            line, unicode é \u00e9 \u2603
            octal \101\102 and "quotes" and ""double""
            """;
        System.out.print(escapes.replace("\t", "<TAB>").replace(" \n", "<SP>\n"));
        String trailing = """
            strip these   
            keep this\040
            """;
        System.out.println(trailing.replace(' ', '.'));
        String html = """
            <ul>
            %s</ul>
            """.formatted("  <li>%s</li>\n".formatted("item").repeat(3));
        System.out.print(html);
        String sql = """
            SELECT id, name
              FROM users
             WHERE age > %d
             ORDER BY name""".formatted(21);
        int n = 0;
        for (String line : sql.split("\n")) {
            System.out.println(++n + ": " + line);
        }
        String empty = """
            """;
        System.out.println("[" + empty + "] " + empty.isEmpty());
        String crlf = """
            a\r
            b""";
        System.out.println(crlf.length() + " " + (int) crlf.charAt(1));
        System.out.println("""
            multi
            line""".equals("multi\nline") + " " + ("""
            x""" == "x"));
    }
}
