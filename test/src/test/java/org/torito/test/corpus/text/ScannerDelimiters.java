package org.torito.test.corpus.text;

import java.util.Scanner;

/** Scanner with custom delimiters, radixes, BigInteger/BigDecimal tokens, findInLine and skip over records. */
public final class ScannerDelimiters {
    private ScannerDelimiters() {
    }

    public static void main(String[] args) {
        Scanner csv = new Scanner("alice,30,NYC\nbob,25,LA\ncarol,,SF\n").useDelimiter(",|\\R");
        System.out.println("delimiter " + csv.delimiter());
        while (csv.hasNext()) {
            String name = csv.next();
            String age = csv.hasNextInt() ? "age " + csv.nextInt() : "age ? [" + csv.next() + "]";
            String city = csv.next();
            System.out.println(name + " " + age + " " + city);
        }
        Scanner pipes = new Scanner("1 | 2 |3|  4  |five|6").useDelimiter("\\s*\\|\\s*");
        int total = 0;
        while (pipes.hasNext()) {
            if (pipes.hasNextInt()) {
                total += pipes.nextInt();
            } else {
                System.out.println("skipping [" + pipes.next() + "]");
            }
        }
        System.out.println("total " + total);
        Scanner hex = new Scanner("ff 7f -80 zz 101").useRadix(16);
        System.out.println("radix " + hex.radix() + ": " + hex.nextInt() + " " + hex.nextByte() + " " + hex.nextByte()
                + " " + hex.hasNextInt() + " " + hex.next() + " " + hex.nextInt(2));
        Scanner bigs = new Scanner("123456789012345678901234567890 -0.000000000000000000001 1e3");
        System.out.println(bigs.nextBigInteger().multiply(java.math.BigInteger.TWO) + " " + bigs.nextBigDecimal().scale() + " "
                + bigs.hasNextBigDecimal());
        Scanner floats = new Scanner("3.25 -1e-3 NaN 1,234.5 .5");
        while (floats.hasNext()) {
            System.out.print(floats.hasNextDouble() ? floats.nextDouble() + " " : "[" + floats.next() + "] ");
        }
        System.out.println();
        Scanner kv = new Scanner("width=80; height=24; title=Main Window; depth=");
        kv.useDelimiter(";\\s*");
        while (kv.hasNext()) {
            String pair = kv.next();
            int eq = pair.indexOf('=');
            System.out.println("key [" + pair.substring(0, eq) + "] value [" + pair.substring(eq + 1) + "]");
        }
        Scanner find = new Scanner("order 17: 3 x widget @ 4.50\norder 18: 1 x gadget @ 12.00 (rush)\n");
        while (find.hasNextLine()) {
            String id = find.findInLine("\\d+");
            String item = find.findInLine("[a-z]+(?= @)");
            String price = find.findInLine("\\d+\\.\\d+");
            System.out.println("id " + id + " item " + item + " price " + price + " rest [" + find.nextLine() + "]");
        }
        Scanner skipper = new Scanner("HEADER: data 1 2 3");
        skipper.skip("HEADER:");
        System.out.println("after skip [" + skipper.next() + "] sum " + (skipper.nextInt() + skipper.nextInt() + skipper.nextInt()));
        Scanner tokens = new Scanner("a1b22c333d").useDelimiter("[a-z]");
        StringBuilder sb = new StringBuilder();
        tokens.forEachRemaining(t -> sb.append('<').append(t).append('>'));
        System.out.println(sb);
    }
}
