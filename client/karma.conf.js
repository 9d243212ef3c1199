// Karma configuration for `ng test` (the @angular/build:unit-test builder, runner "karma").
// CommonJS on purpose: client/package.json has no "type" field, so this file is loaded
// with require() even though the workspace root is an ES module package.
// https://karma-runner.github.io/6.4/config/configuration-file.html

process.env.CHROME_BIN ||= '/usr/bin/chromium';

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      require('karma-jasmine-html-reporter'),
      require('karma-coverage'),
    ],
    client: {
      jasmine: {
        // Random order keeps specs honest about shared state.
        random: true,
      },
    },
    jasmineHtmlReporter: {
      suppressAll: true,
    },
    coverageReporter: {
      dir: require('node:path').join(__dirname, '../coverage/client'),
      subdir: '.',
      reporters: [{ type: 'html' }, { type: 'text-summary' }],
    },
    // Global styles load from /base/styles.css, so their fonts are asked for under
    // /base/media/; the builder serves them at /media/.
    proxies: {
      '/base/media/': '/media/',
    },
    reporters: ['progress'],
    customLaunchers: {
      // The builder only treats launchers whose name starts with "ChromeHeadless" as headless.
      ChromeHeadlessCI: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox',
          '--headless',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    },
    browsers: ['ChromeHeadlessCI'],
    singleRun: true,
    restartOnFileChange: false,
  });
};
