console.log('dependency ran');
