/** A raw article written to break out of every context it lands in: HTML, attributes, JSON-LD, templates. */
export const HOSTILE_ARTICLE = {
  "zz-hostile.txt":
    `Qatar & "friends" </script><script>alert(1)</script> {{ 7 * 7 }} {% raw %}\n\n` +
    `Qatar said {{ 7 * 7 }} and </script><script>alert(2)</script> & 'quotes' in Doha, "with" <b>tags</b>.\n\n` +
    `Officials in Qatar met Hamas {% include 'x' %} again.\n`,
};
