package org.torito.test.corpus.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Writes records as CSV with RFC 4180 quoting through a PrintWriter, then parses them back character by character. */
public final class CsvRoundTrip {
    private CsvRoundTrip() {
    }

    static String quote(String field) {
        if (field.isEmpty() || field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.startsWith(" ") || field.endsWith(" ")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    static List<List<String>> parse(BufferedReader in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    if (in.read() == '"') {
                        field.append('"');
                    } else {
                        in.reset();
                        quoted = false;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        if (any) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    public static void main(String[] args) throws IOException {
        String[][] records = {
            {"id", "name", "note", "amount"},
            {"1", "Smith, John", "said \"hi\"", "12.50"},
            {"2", "Zoë Ünal", "", "-0.75"},
            {"3", "multi", "line one\nline two", "1e3"},
            {"4", " padded ", "\"\"", "0"},
        };
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        for (String[] record : records) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < record.length; i++) {
                line.append(i == 0 ? "" : ",").append(quote(record[i]));
            }
            out.print(line);
            out.print("\r\n");
        }
        out.flush();
        String csv = buffer.toString();
        System.out.print(csv.replace("\r", "<CR>"));
        List<List<String>> rows = parse(new BufferedReader(new StringReader(csv)));
        System.out.println(rows.size() + " rows");
        double total = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            boolean same = row.equals(List.of(records[r]));
            System.out.println(r + ": " + row.size() + " fields, same " + same + ", " + row.toString().replace("\n", "\\n"));
            if (r > 0) {
                total += Double.parseDouble(row.get(3));
            }
        }
        System.out.printf("total amount %.2f%n", total);
        System.out.println(parse(new BufferedReader(new StringReader("a,b\nc"))) + " " + parse(new BufferedReader(new StringReader("")))
                + " " + parse(new BufferedReader(new StringReader(",\n\n"))));
    }
}
