export default defineContentScript({
  matches: ['*://epaper.voc.com.cn/*', '*://hnrb.voc.com.cn/*'],
  main() {},
});
