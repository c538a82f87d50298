import { render } from 'preact'; render(<p>湘报助读</p>, document.getElementById('app')!);
