import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
  globalTypes: {
    lang: {
      description: '界面语言 / Language',
      toolbar: {
        title: '语言',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'zh-CN' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals['lang'] ?? 'zh-CN');
      return story();
    },
  ],
};

export default preview;
